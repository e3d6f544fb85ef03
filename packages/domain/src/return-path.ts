/**
 * `till` comes from the address bar, so anyone can craft it: only a path on this site is followed.
 * `//host` and `/\host` are read by browsers as another host, so they are refused too. The dashboard
 * and the server's OpenID Connect start share this rule.
 */
export function safeReturnPath(till: string | undefined): string | null {
  if (!till || !till.startsWith('/')) return null;
  if (till.startsWith('//') || till.startsWith('/\\')) return null;
  // Control characters (tab, newline) are stripped by URL parsers and could rebuild `//`.
  if ([...till].some(isControlCharacter)) return null;
  return till;
}

function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
