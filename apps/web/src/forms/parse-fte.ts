/** Why an FTE entry cannot be saved; each is a message key under `capacity.errors`. */
export type FteError = 'fteRequired' | 'fteInvalid' | 'fteNegative' | 'fteDecimals' | 'fteTooLarge';

export type ParsedFte = { ok: true; value: number | null } | { ok: false; error: FteError };

// The API's limit (fteSchema in @lagesbild/domain).
export const FTE_MAX = 100_000;

/**
 * An FTE as a person types it: "1,5" (Swedish) or "1.5", spaces allowed as thousands separators.
 * Empty is `null`, so each caller decides whether empty means zero, nothing, or missing.
 */
export function parseFte(text: string): ParsedFte {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: null };
  if (/^[-−]/.test(compact) && /^[-−]\d+([.,]\d+)?$/.test(compact)) {
    return { ok: false, error: 'fteNegative' };
  }
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return { ok: false, error: 'fteInvalid' };
  const decimals = match[2] ?? '';
  if (decimals.replace(/0+$/, '').length > 2) return { ok: false, error: 'fteDecimals' };
  const value = Number(`${match[1]}.${decimals || '0'}`);
  if (value > FTE_MAX) return { ok: false, error: 'fteTooLarge' };
  return { ok: true, value };
}

/** An FTE as the form shows it: a decimal comma in Swedish, no grouping, at most two decimals. */
export function formatFteInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
    value,
  );
}

/** Adds FTEs without binary fractions creeping in (0.1 + 0.2), to two decimals like the API. */
export function sumFte(values: readonly number[]): number {
  return Math.round(values.reduce((sum, v) => sum + Math.round(v * 100), 0)) / 100;
}
