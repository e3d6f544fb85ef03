/** The kinds of write the soak makes, named by the audit action each one leaves. */
export type WriteKind = 'report.save' | 'capacity.save' | 'planning.saveNeed';

export interface AcknowledgedWrite {
  kind: WriteKind;
  /** The entity as the audit log names it: `round/unit/capability`, `round/unit` or the need's code. */
  key: string;
  /** What was written, in the form the read-back shows it (a comment, an FTE figure, a description). */
  value: string;
  version: number;
}

/** Every write the server answered 200, in the order the answers came. */
export class Ledger {
  readonly writes: AcknowledgedWrite[] = [];
  conflicts = 0;

  acknowledge(write: AcknowledgedWrite): void {
    this.writes.push(write);
  }

  /** The acknowledged write with the highest version of each entity: what it must hold now. */
  lastByKey(kind: WriteKind): Map<string, AcknowledgedWrite> {
    const last = new Map<string, AcknowledgedWrite>();
    for (const write of this.writes) {
      if (write.kind !== kind) continue;
      const seen = last.get(write.key);
      if (!seen || write.version > seen.version) last.set(write.key, write);
    }
    return last;
  }

  /** Acknowledged writes per entity, which is how many audit entries each must have gained. */
  countByKey(kind: WriteKind): Map<string, number> {
    const counts = new Map<string, number>();
    for (const write of this.writes) {
      if (write.kind === kind) counts.set(write.key, (counts.get(write.key) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * Two writes acknowledged with the same version of one entity: the later one silently replaced
   * the earlier, which a user was told was saved. Returns them as `kind key vN`.
   */
  findSharedVersions(): string[] {
    const seen = new Set<string>();
    const shared: string[] = [];
    for (const write of this.writes) {
      const id = `${write.kind} ${write.key} v${write.version}`;
      if (seen.has(id)) shared.push(id);
      seen.add(id);
    }
    return shared;
  }
}
