/**
 * Debian's Chromium as the browser tests and the bench launch it: headless, without the sandbox a
 * container cannot give it, and fetching nothing on its own (no updates, no sync, no QUIC).
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
