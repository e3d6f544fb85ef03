import type { Database } from '@lagesbild/db/client';

export interface ContextOptions {
  db: Database;
  /** The municipality this server answers for. */
  organisationSlug: string;
  /** The HTTP request's id: clients see it with an internal error, the server log has the detail. */
  requestId?: string;
}

/** The context every procedure gets; tests build it directly and call the router with createCaller. */
export function createContextInner(opts: ContextOptions) {
  return {
    db: opts.db,
    organisationSlug: opts.organisationSlug,
    requestId: opts.requestId ?? null,
  };
}

export type Context = ReturnType<typeof createContextInner>;
