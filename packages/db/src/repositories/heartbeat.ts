import type { Database } from '../client';
import { heartbeats } from '../schema/index';

/** Writes the one heartbeat row: it fails as any save would when the database cannot keep a change. */
export async function recordHeartbeat(db: Database, at: Date): Promise<void> {
  const beatAt = at.toISOString();
  await db
    .insert(heartbeats)
    .values({ id: 1, beatAt })
    .onConflictDoUpdate({ target: heartbeats.id, set: { beatAt } });
}
