import type { BenefitData } from './types';

export interface BenefitFilter {
  board: string;
  unit: string;
  phase: string;
}

/** The benefits a reader asked for; an empty value leaves that filter off. */
export function filterBenefits(benefits: readonly BenefitData[], filter: BenefitFilter) {
  return benefits.filter(
    (b) =>
      (!filter.board || b.board === filter.board) &&
      (!filter.unit || b.unit.slug === filter.unit) &&
      (!filter.phase || b.phase === filter.phase),
  );
}

/** A rate 0–1 as whole percent for display (the domain's one rounding rule); null stays null. */
export { toPercent } from '@lagesbild/domain';

export type ValueResult =
  { ok: true; value: number } | { ok: false; error: 'valueRequired' | 'valueInvalid' };

/**
 * A number as a Swedish reader types it: "12,5", "1 200" or "-3"; anything else is an error the
 * form shows beside the field.
 */
export function parseValue(text: string): ValueResult {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  if (cleaned === '') return { ok: false, error: 'valueRequired' };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, error: 'valueInvalid' };
  return { ok: true, value: Number(cleaned) };
}

/** Distinct boards in order of name, for the filter. */
export function listBoards(benefits: readonly BenefitData[]): string[] {
  return [...new Set(benefits.map((b) => b.board))].sort((a, b) => a.localeCompare(b, 'sv'));
}
