import { toMnkr } from '@lagesbild/domain';
import { DASH, numberFormat } from './format';

// Money apart from the other formats: no page on the first route shows any, so the rounding rule
// stays out of its chunk.

/** Thousands of kronor with the language's grouping: 1 500 tkr. */
export function formatTkr(value: number | null | undefined): string {
  if (value == null) return DASH;
  return `${numberFormat({ maximumFractionDigits: 0 }).format(value).replace('-', '−')} tkr`;
}

/** Millions of kronor to one decimal, for totals: 4,0 mnkr. */
export function formatMnkr(valueTkr: number | null | undefined): string {
  if (valueTkr == null) return DASH;
  const mnkr = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    toMnkr(valueTkr),
  );
  return `${mnkr.replace('-', '−')} mnkr`;
}
