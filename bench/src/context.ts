/** What every target gets: the mode, where PostgreSQL is, and where to write progress. */
export type BenchMode = 'quick' | 'national';

export interface BenchContext {
  mode: BenchMode;
  /** A PostgreSQL server the bench may create and drop its own databases on (never `test`). */
  adminUrl: string;
  /** The repository root (for the built server and dashboard). */
  root: string;
  log(message: string): void;
}
