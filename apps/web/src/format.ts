import { i18n } from './i18n';

const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function locale(): string {
  return LOCALES[i18n.resolvedLanguage ?? 'sv'] ?? 'sv-SE';
}

export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}|n|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale(), options)));
  return f;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|d|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale(), options)));
  return f;
}

/** What a missing figure shows. */
export const DASH = '–';

/** A maturity level or median: 2,5 in Swedish, one or two decimals (medians of medians can end in ,25). */
export function formatLevel(value: number | null | undefined): string {
  if (value == null) return DASH;
  return numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

/** A whole count or year, without grouping surprises. */
export function formatInteger(value: number | null | undefined): string {
  if (value == null) return DASH;
  return numberFormat({ maximumFractionDigits: 0, useGrouping: false }).format(value);
}

/** A change with its sign: +0,5, −0,5 (a real minus sign), ±0. */
export function formatChange(value: number | null | undefined): string {
  if (value == null) return DASH;
  if (value === 0) return '±0';
  const abs = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(
    Math.abs(value),
  );
  return value > 0 ? `+${abs}` : `−${abs}`;
}

/** The size of a change without its sign, for sentences that say "up" or "down" in words. */
export function formatAbsChange(value: number): string {
  return formatLevel(Math.abs(value));
}

/** A range of levels such as 1–4, or a single level when both ends meet. */
export function formatRange(min: number, max: number): string {
  // Word joiners keep "2,0–5,0" on one line.
  return min === max ? formatLevel(min) : `${formatLevel(min)}\u2060–\u2060${formatLevel(max)}`;
}

/** Date and time in the city's time zone: 12 mars 2026 14:05. */
export function formatDateTime(iso: string): string {
  return dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
    new Date(iso),
  );
}

/** A calendar date (ISO yyyy-mm-dd on the wire): 1 mars 2026. */
export function formatDate(isoDate: string): string {
  return dateFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Lists names the way the language does: A, B och C. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** Full-time equivalents to at most two decimals: 1,5. */
export function formatFte(value: number | null | undefined): string {
  if (value == null) return DASH;
  return numberFormat({ maximumFractionDigits: 2 }).format(value).replace('-', '−');
}
