import type { Database } from '@lagesbild/db/client';

export interface ContextOptions {
  db: Database;
  /** The municipality this server answers for. */
  organisationSlug: string;
}

/** The context every procedure gets; tests build it directly and call the router with createCaller. */
export function createContextInner(opts: ContextOptions) {
  return { db: opts.db, organisationSlug: opts.organisationSlug };
}

export type Context = ReturnType<typeof createContextInner>;
