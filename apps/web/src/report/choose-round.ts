import type { RoundSummary } from './types';

/**
 * The round the page reports for: the one in the link, else the open one, else the newest.
 * `rounds` comes newest first, as `rounds.list` sends it.
 */
export function chooseRound(rounds: readonly RoundSummary[], wanted: string | undefined) {
  if (wanted) return wanted;
  return (rounds.find((r) => r.status === 'open') ?? rounds[0])?.code ?? null;
}
