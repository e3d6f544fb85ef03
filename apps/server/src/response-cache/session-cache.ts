import type { SessionUser } from '@lagesbild/domain';

/**
 * Signed-in users by session hash, for the cached reads only, so a cached answer costs no database
 * round trip. An entry is trusted for `ttlMs`; any write (a sign-out, a disabled user, a changed role)
 * empties it, so the longest a change made outside the application can go unseen is the ttl.
 */
export class SessionCache {
  readonly #entries = new Map<string, { user: SessionUser; checkedAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(hash: string, now: number): SessionUser | undefined {
    const entry = this.#entries.get(hash);
    if (!entry) return undefined;
    if (now - entry.checkedAt > this.ttlMs || now < entry.checkedAt) {
      this.#entries.delete(hash);
      return undefined;
    }
    return entry.user;
  }

  set(hash: string, user: SessionUser, now: number): void {
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(hash, { user, checkedAt: now });
  }

  clear(): void {
    this.#entries.clear();
  }
}
