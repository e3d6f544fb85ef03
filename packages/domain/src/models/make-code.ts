/**
 * A code (slug) from a title: lower case, å/ä/ö and other accents folded, words joined by hyphens, at
 * most 60 characters; `-2`, `-3` … added until it is not in `taken` and not `reserved`.
 */
export function makeCode(
  title: string,
  taken: ReadonlySet<string>,
  fallback: string,
  reserved: readonly string[] = [],
): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  let code = base;
  for (let n = 2; taken.has(code) || reserved.includes(code); n++) code = `${base}-${n}`;
  return code;
}
