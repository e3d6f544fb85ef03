import { summariseAreaTrends, summariseTrend, type Spread } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { formatLevel, formatList, formatRange } from './format';

/** One round of a spread series, as the overview's trends and the capability's spreadByRound carry it. */
export interface SpreadPoint {
  roundCode: string;
  spread: Spread | null;
  notApplicable?: number;
}

/** The series up to and including the selected round: summaries describe the round being looked at. */
export function pointsUpTo<T extends { roundCode: string }>(
  points: readonly T[],
  round: string,
): T[] {
  const idx = points.findIndex((p) => p.roundCode === round);
  return idx < 0 ? [...points] : points.slice(0, idx + 1);
}

/** "Informationshantering steg från 2,1 till 2,6 sedan 2024-K4; spridningen i 2026-K3 1–4." */
export function describeSeries(
  t: TFunction,
  name: string,
  points: readonly SpreadPoint[],
  round: string,
): string {
  const upTo = pointsUpTo(points, round);
  const trend = summariseTrend(upTo);
  if (!trend) return t('summary.none', { name });
  const from = formatLevel(trend.from.median);
  const to = formatLevel(trend.to.median);
  const movement =
    trend.from.roundCode === trend.to.roundCode
      ? t('summary.single', { name, to, round: trend.to.roundCode })
      : t(`summary.${trend.direction}`, { name, from, to, since: trend.from.roundCode });
  const selected = upTo.find((p) => p.roundCode === round)?.spread;
  return selected
    ? t('summary.spread', { movement, round, range: formatRange(selected.min, selected.max) })
    : t('summary.noSpread', { movement, round });
}

interface Named {
  code: string;
  name: string;
}

/** The overview's lead: how many areas rose, the biggest rise, what fell, what stood still. */
export function describeAreaMovement(
  t: TFunction,
  areas: readonly Named[],
  trends: readonly { areaCode: string; points: SpreadPoint[] }[],
  round: string,
): string {
  const pointsOf = new Map(trends.map((tr) => [tr.areaCode, tr.points]));
  const items = areas.map((a) => ({
    areaCode: a.code,
    name: a.name,
    summary: summariseTrend(pointsUpTo(pointsOf.get(a.code) ?? [], round)),
  }));
  const rated = items.filter((i) => i.summary !== null);
  if (rated.length === 0) return '';
  const moved = rated.filter((i) => i.summary!.from.roundCode !== i.summary!.to.roundCode);
  if (moved.length === 0) return t('overview.lead.single', { round });

  const since = [...moved].sort((a, b) =>
    a.summary!.from.roundCode.localeCompare(b.summary!.from.roundCode),
  )[0]!.summary!.from.roundCode;
  const { up, down, flat } = summariseAreaTrends(rated);
  const sentences: string[] = [];
  sentences.push(
    up.length > 0
      ? t('overview.lead.rose', { since, count: up.length, total: rated.length })
      : t('overview.lead.noneRose', { since, total: rated.length }),
  );
  const biggest = up[0];
  if (biggest) {
    sentences.push(
      t('overview.lead.biggest', {
        area: biggest.name,
        from: formatLevel(biggest.summary!.from.median),
        to: formatLevel(biggest.summary!.to.median),
      }),
    );
  }
  sentences.push(
    down.length > 0
      ? t('overview.lead.fell', {
          list: formatList(
            down.map((d) =>
              t('overview.lead.fellItem', {
                area: d.name,
                from: formatLevel(d.summary!.from.median),
                to: formatLevel(d.summary!.to.median),
              }),
            ),
          ),
        })
      : t('overview.lead.noneFell'),
  );
  if (flat.length > 0) sentences.push(t('overview.lead.flat', { count: flat.length }));
  return sentences.join(' ');
}

/** Weakest and strongest area by median in the round, and how many unit × area cells sit at level 2 or below. */
export function describeHeatmap(
  t: TFunction,
  areas: readonly Named[],
  trends: readonly { areaCode: string; points: SpreadPoint[] }[],
  scores: readonly (number | null)[],
  round: string,
): string {
  const medians = areas
    .map((a) => ({
      name: a.name,
      median: trends.find((tr) => tr.areaCode === a.code)?.points.find((p) => p.roundCode === round)
        ?.spread?.median,
    }))
    .filter((m): m is { name: string; median: number } => m.median !== undefined);
  const rated = scores.filter((s): s is number => s !== null);
  if (medians.length === 0 || rated.length === 0) return '';
  // Stable sort: ties keep the framework's area order.
  const sorted = [...medians].sort((a, b) => a.median - b.median);
  const weakest = sorted[0]!;
  const strongest = sorted[sorted.length - 1]!;
  return t('overview.heatmap.summary', {
    round,
    weakest: weakest.name,
    weakestMedian: formatLevel(weakest.median),
    strongest: strongest.name,
    strongestMedian: formatLevel(strongest.median),
    low: rated.filter((s) => s <= 2).length,
    cells: rated.length,
  });
}
