import type { Round } from '@lagesbild/domain';

const QUARTERS = [
  { startsOn: '01-01', endsOn: '03-31' },
  { startsOn: '04-01', endsOn: '06-30' },
  { startsOn: '07-01', endsOn: '09-30' },
  { startsOn: '10-01', endsOn: '12-31' },
] as const;

/** Quarterly rounds (K = kvartal) from the first to the last, inclusive; all closed snapshots. */
export function listQuarterRounds(
  first: { year: number; quarter: number },
  last: { year: number; quarter: number },
): Round[] {
  const rounds: Round[] = [];
  for (
    let year = first.year, quarter = first.quarter;
    year * 4 + quarter <= last.year * 4 + last.quarter;
  ) {
    const dates = QUARTERS[quarter - 1];
    if (!dates) throw new Error(`no quarter ${quarter}`);
    rounds.push({
      code: `${year}-K${quarter}`,
      startsOn: `${year}-${dates.startsOn}`,
      endsOn: `${year}-${dates.endsOn}`,
      status: 'closed',
    });
    quarter += 1;
    if (quarter > 4) [year, quarter] = [year + 1, 1];
  }
  return rounds;
}

/** Eight quarters, 2024-K4 … 2026-K3: two years of movement to show. */
export const DEMO_ROUNDS: Round[] = listQuarterRounds(
  { year: 2024, quarter: 4 },
  { year: 2026, quarter: 3 },
);

/** Adds whole days to an ISO date (UTC arithmetic, so no time zone can shift the result). */
export function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another. */
export function countDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
