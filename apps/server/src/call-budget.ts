/**
 * What one call costs out of a caller's budget. Most reads are cheap; these compute a whole plan or
 * build a document, and a few of them at once stalled every other user on the server.
 */
const COSTS: Readonly<Record<string, number>> = {
  'plan.edition': 30,
  'plan.editions': 5,
  'framework.preview': 10,
  'framework.import': 10,
  'report.importApply': 10,
  // Download routes, by the route the router matched.
  '/export/plan/:year.docx': 30,
  '/export/plan/:year.json': 30,
  '/export/omgang/:round.:format': 10,
  '/export/ramverk.:format': 10,
  '/export/planering.xlsx': 10,
  '/export/ai.xlsx': 10,
  '/export/nyttor.xlsx': 10,
  '/export/faktorer.xlsx': 10,
  '/export/rapport/:file': 10,
};

/** The cost of a tRPC procedure or a download route; anything not listed is an ordinary call. */
export function costOf(call: string): number {
  return COSTS[call] ?? 1;
}

export type Spent = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A budget per key (a session, an address) that refills once a window. @fastify/rate-limit counts one
 * per request and runs once per request; this counts a weight, so a batch of 20 sign-ins is 20 and one
 * plan edition weighs as much as thirty ordinary reads.
 */
export class CallBudget {
  readonly #windows = new Map<string, { used: number; resetAt: number }>();

  constructor(
    readonly budget: number,
    readonly windowMs: number,
  ) {}

  /** Counts `cost` against the key, and refuses once the window's budget is spent. */
  spend(key: string, cost: number, nowMs: number): Spent {
    this.#forgetExpired(nowMs);
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= nowMs) {
      window = { used: 0, resetAt: nowMs + this.windowMs };
      this.#windows.set(key, window);
    }
    window.used += cost;
    if (window.used <= this.budget) return { ok: true };
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000)),
    };
  }

  /** Keeps memory bounded by the callers of the last window, not of all time. */
  #forgetExpired(nowMs: number) {
    if (this.#windows.size < 10_000) return;
    for (const [key, window] of this.#windows)
      if (window.resetAt <= nowMs) this.#windows.delete(key);
  }
}
