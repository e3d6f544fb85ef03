import { NEED_STATUSES } from '@lagesbild/domain';
import type { NeedsSearch } from '../search';
import type { NeedData, UnitOption } from './types';

export type NeedSort = NonNullable<NeedsSearch['sortera']>;

/** The years a need's work runs: from its planned start to the end of its last year. */
export function findNeedYears(need: Pick<NeedData, 'plannedStart' | 'durationYears'>) {
  return { start: need.plannedStart, completion: need.plannedStart + need.durationYears - 1 };
}

/** The need's one-off cost over all its years, in tkr. */
export function sumOneOff(need: Pick<NeedData, 'oneOffTkr'>): number {
  return need.oneOffTkr.reduce((sum, tkr) => sum + tkr, 0);
}

export interface NeedFilter {
  status?: NeedData['status'];
  unit?: string;
  text?: string;
}

/** Needs that match every filter given; the text is looked for in title, code and description. */
export function filterNeeds(needs: readonly NeedData[], filter: NeedFilter): NeedData[] {
  const text = filter.text?.trim().toLocaleLowerCase('sv');
  return needs.filter(
    (n) =>
      (!filter.status || n.status === filter.status) &&
      (!filter.unit || n.ownerUnits.includes(filter.unit)) &&
      (!text ||
        [n.title, n.code, n.description].some((s) => s.toLocaleLowerCase('sv').includes(text))),
  );
}

const collator = new Intl.Collator('sv');

// Status sorts in the order a need moves through, not alphabetically.
const STATUS_ORDER = new Map<string, number>(NEED_STATUSES.map((s, i) => [s, i]));

const COMPARE: Record<NeedSort, (a: NeedData, b: NeedData) => number> = {
  prioritet: (a, b) => a.priority - b.priority,
  titel: (a, b) => collator.compare(a.title, b.title),
  start: (a, b) => a.plannedStart - b.plannedStart,
  kostnad: (a, b) => sumOneOff(a) - sumOneOff(b),
  status: (a, b) => (STATUS_ORDER.get(a.status) ?? 0) - (STATUS_ORDER.get(b.status) ?? 0),
};

/**
 * The needs in the chosen order (priority by default, like the API). Ties fall back to priority,
 * start and code, always ascending, so equal rows keep one stable order whichever way the column goes.
 */
export function sortNeeds(
  needs: readonly NeedData[],
  sort: NeedSort = 'prioritet',
  descending = false,
): NeedData[] {
  const primary = COMPARE[sort];
  const tie = (a: NeedData, b: NeedData) =>
    a.priority - b.priority || a.plannedStart - b.plannedStart || collator.compare(a.code, b.code);
  return [...needs].sort((a, b) => (descending ? -1 : 1) * primary(a, b) || tie(a, b));
}

/** Unit names for slugs, in the order the need lists them; an unknown slug shows as itself. */
export function nameUnits(slugs: readonly string[], units: readonly UnitOption[]): string[] {
  return slugs.map((slug) => units.find((u) => u.slug === slug)?.name ?? slug);
}

/**
 * Whether depending on `dependsOn` would close a circle back to the need `code`: one of them
 * already waits, directly or through others, for this need.
 */
export function detectDependencyCycle(
  code: string,
  dependsOn: readonly string[],
  needs: readonly Pick<NeedData, 'code' | 'dependsOn'>[],
): boolean {
  const next = new Map(needs.map((n) => [n.code, n.dependsOn]));
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === code) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(next.get(current) ?? []));
  }
  return false;
}
