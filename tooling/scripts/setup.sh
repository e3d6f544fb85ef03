#!/usr/bin/env bash
# One-time set-up of a fresh machine: pnpm, the workspace's packages, a build, and Chromium for browser tests.
set -euo pipefail
cd "$(dirname "$0")/../.."

export TURBO_TELEMETRY_DISABLED=1
PNPM_VERSION=12.4.2

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION"
  npm install --global "pnpm@$PNPM_VERSION"
fi

# The browser tests drive Debian's Chromium (Playwright's own browser downloads are not used); the long
# fault runs move the clock ahead with faketime.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v faketime >/dev/null || missing+=(faketime)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} for the tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Note: the tests need ${missing[*]} (Debian: sudo apt-get install ${missing[*]})." >&2
  fi
fi

pnpm install --frozen-lockfile
pnpm build
