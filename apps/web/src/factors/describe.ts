import { bandOf } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import type {
  FactorBandCode,
  FactorData,
  FactorKindCode,
  FactorRankData,
  FactorRegisterData,
  FactorStatusCode,
} from './types';

/** A factor in the top list: the factor with its place in the ranking. */
export interface RankedFactor {
  factor: FactorData;
  rank: FactorRankData;
}

/** The factors with the highest score, with their change; closed ones are not ranked. */
export function listTopFactors(view: FactorRegisterData, count = 5): RankedFactor[] {
  const byCode = new Map(view.factors.map((f) => [f.code, f]));
  return view.ranking.slice(0, count).flatMap((rank) => {
    const factor = byCode.get(rank.code);
    return factor ? [{ factor, rank }] : [];
  });
}

/** The round before the one scores are recorded in now, or null at the first. */
export function findPreviousRound(view: Pick<FactorRegisterData, 'rounds' | 'currentRound'>) {
  const index = view.rounds.findIndex((r) => r.code === view.currentRound);
  return index > 0 ? view.rounds[index - 1]!.code : null;
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'new';

/** Which way the score went: up is worse for a risk and for a success factor alike. */
export function findDirection(change: number | null): ChangeDirection {
  if (change === null) return 'new';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

const ARROWS: Record<ChangeDirection, string> = { up: '↑', down: '↓', same: '→', new: '' };

/** A change as an arrow and a signed number: ↑ +4, ↓ −5, → ±0; nothing for a new factor. */
export function formatScoreChange(change: number | null): { arrow: string; value: string } {
  const direction = findDirection(change);
  if (change === null) return { arrow: '', value: '' };
  const value = change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '±0';
  return { arrow: ARROWS[direction], value };
}

/** The change in words for a sentence: upp 4, ned 5, oförändrad, ny. */
export function describeChange(t: TFunction, change: number | null): string {
  const direction = findDirection(change);
  if (direction === 'up' || direction === 'down') {
    return t(`factors.change.${direction}`, { value: Math.abs(change!) });
  }
  return t(`factors.change.${direction}`);
}

/** How many of the factors still watched fall in each band. */
export function countBands(factors: readonly FactorData[]): Record<FactorBandCode, number> {
  const counts = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of factors) if (f.status !== 'closed') counts[f.band] += 1;
  return counts;
}

/** The page's opening sentence: how many, how many critical and high, and the largest with its change. */
export function summariseFactors(t: TFunction, view: FactorRegisterData): string {
  if (view.factors.length === 0) return t('factors.summary.empty');
  const bands = countBands(view.factors);
  const parts = [
    t('factors.summary.text', {
      total: view.factors.length,
      critical: bands.critical,
      high: bands.high,
    }),
  ];
  const [top] = listTopFactors(view, 1);
  const previous = findPreviousRound(view);
  if (top) {
    parts.push(
      top.rank.change === null || previous === null
        ? t('factors.summary.topNoChange', { title: top.factor.title, score: top.rank.current })
        : t('factors.summary.top', {
            title: top.factor.title,
            score: top.rank.current,
            change: describeChange(t, top.rank.change),
            previous,
          }),
    );
  }
  return parts.join(' ');
}

/** The band of a cell of the matrix: its likelihood times its impact. */
export function bandOfCell(likelihood: number, impact: number): FactorBandCode {
  return bandOf(likelihood * impact);
}

export interface MatrixCell {
  likelihood: number;
  impact: number;
  band: FactorBandCode;
  titles: string[];
}

/** The matrix as it is read: likelihood 5 at the top down to 1, impact 1 to 5 left to right. */
export function buildMatrixRows(factors: readonly FactorData[]): MatrixCell[][] {
  const active = factors.filter((f) => f.status !== 'closed');
  return [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => ({
      likelihood,
      impact,
      band: bandOfCell(likelihood, impact),
      titles: active
        .filter((f) => f.likelihood === likelihood && f.impact === impact)
        .map((f) => f.title),
    })),
  );
}

/** The matrix in a sentence: how many in critical and high cells, and the busiest cell. */
export function summariseMatrix(t: TFunction, rows: readonly MatrixCell[][]): string {
  const cells = rows.flat();
  const busiest = cells.reduce<MatrixCell | null>(
    (best, c) => (c.titles.length > (best?.titles.length ?? 0) ? c : best),
    null,
  );
  if (!busiest) return t('factors.matrix.summaryEmpty');
  const inBand = (band: FactorBandCode) =>
    cells.filter((c) => c.band === band).reduce((sum, c) => sum + c.titles.length, 0);
  return t('factors.matrix.summary', {
    critical: inBand('critical'),
    high: inBand('high'),
    likelihood: busiest.likelihood,
    impact: busiest.impact,
    count: busiest.titles.length,
  });
}

/** One row per round with each top factor's score by its code, for the chart and its table. */
export function buildTrendRows(
  top: readonly RankedFactor[],
  rounds: readonly { code: string }[],
): { round: string; scores: Record<string, number | null> }[] {
  return rounds.map((r) => ({
    round: r.code,
    scores: Object.fromEntries(
      top.map(({ factor }) => [
        factor.code,
        factor.history.find((h) => h.roundCode === r.code)?.score ?? null,
      ]),
    ),
  }));
}

/** The chart in a sentence: how many of the top factors rose or fell over the rounds, and the most. */
export function summariseTrend(t: TFunction, top: readonly RankedFactor[]): string {
  const spans = top
    .filter(({ factor }) => factor.history.length > 0)
    .map(({ factor }) => ({
      title: factor.title,
      from: factor.history[0]!.score,
      to: factor.history.at(-1)!.score,
      first: factor.history[0]!.roundCode,
    }));
  const first = spans.map((s) => s.first).sort()[0] ?? '';
  const rising = spans.filter((s) => s.to > s.from);
  const falling = spans.filter((s) => s.to < s.from).length;
  const most = [...rising].sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  if (!most) return t('factors.trend.summaryFlat', { first, falling });
  return t('factors.trend.summary', {
    rising: rising.length,
    falling,
    first,
    most: most.title,
    from: most.from,
    to: most.to,
  });
}

export interface FactorFilter {
  kind: FactorKindCode | '';
  status: FactorStatusCode | '';
}

/** Factors that match the chosen kind and status, highest score first. */
export function filterFactors(factors: readonly FactorData[], filter: FactorFilter): FactorData[] {
  return factors
    .filter(
      (f) =>
        (!filter.kind || f.kind === filter.kind) && (!filter.status || f.status === filter.status),
    )
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'sv'));
}
