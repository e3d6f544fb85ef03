/**
 * The one rounding rule for figures the board reads: half away from zero, as Swedish accounting and
 * Intl.NumberFormat (`halfExpand`) round, so −3 750 tkr is −3,8 mnkr in a table, a chart, a workbook
 * and the plan alike. Math.round alone rounds −37,5 up to −37.
 */
export function roundHalfAway(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  // The epsilon absorbs binary noise (1,005 × 100 = 100,49999…) without moving a true half.
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Thousands of kronor (tables) to millions with one decimal (text): the plan's and the pages' mnkr. */
export function toMnkr(tkr: number): number {
  return roundHalfAway(tkr / 1000, 1);
}

/** A rate (0,485 7) as a whole percent (49), by the same rule: the realisation every page and file shows. */
export function toPercent(rate: number | null): number | null {
  return rate === null ? null : roundHalfAway(rate * 100);
}
