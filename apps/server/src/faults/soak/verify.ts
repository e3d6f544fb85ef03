import type { SoakClient } from './http-client';
import type { Ledger, WriteKind } from './ledger';

export const AUDITED_KINDS: WriteKind[] = ['report.save', 'capacity.save', 'planning.saveNeed'];

interface AuditPage {
  entries: { id: number; entityKey: string | null }[];
  nextCursor: number | null;
}

/** The newest audit entry's id now: entries after it are the soak's. */
export async function readLastAuditId(itd: SoakClient): Promise<number> {
  const page = await itd.query<AuditPage>('audit.list', { limit: 1 });
  if (page.status !== 200) throw new Error(`audit.list: ${page.status}`);
  return page.data?.entries[0]?.id ?? 0;
}

/** Successful audit entries of one action newer than `afterId`, counted per entity, as ITD reads them. */
export async function countAuditEntries(
  itd: SoakClient,
  action: WriteKind,
  afterId: number,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let cursor: number | undefined;
  for (;;) {
    const page = await itd.query<AuditPage>('audit.list', {
      action,
      outcome: 'success',
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    if (page.status !== 200 || !page.data) throw new Error(`audit.list: ${page.status}`);
    const fresh = page.data.entries.filter((e) => e.id > afterId);
    for (const entry of fresh) {
      const key = entry.entityKey ?? '';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (fresh.length < page.data.entries.length || page.data.nextCursor === null) return counts;
    cursor = page.data.nextCursor;
  }
}

/** Each entity's audit count against its acknowledged writes; returns the differences. */
export function compareAudit(ledger: Ledger, kind: WriteKind, audited: Map<string, number>) {
  const expected = ledger.countByKey(kind);
  const problems: string[] = [];
  for (const key of new Set([...expected.keys(), ...audited.keys()])) {
    const want = expected.get(key) ?? 0;
    const got = audited.get(key) ?? 0;
    if (want !== got) problems.push(`${kind} ${key}: ${want} acknowledged, ${got} audit entries`);
  }
  return problems;
}

/** What a unit's reporter sees now, against the last acknowledged answer and capacity save. */
export async function checkUnit(reporter: SoakClient, ledger: Ledger, round: string, unit: string) {
  const problems: string[] = [];
  const form = await reporter.query<{
    items: { capabilityCode: string; version: number; comment: string | null }[];
  }>('report.form', { round });
  for (const [key, last] of ledger.lastByKey('report.save')) {
    if (!key.startsWith(`${round}/${unit}/`)) continue;
    const item = form.data?.items.find((i) => key.endsWith(`/${i.capabilityCode}`));
    if (item?.version !== last.version || item.comment !== last.value) {
      problems.push(
        `${key}: holds v${item?.version} "${item?.comment}", acknowledged ${describe(last)}`,
      );
    }
  }
  const last = ledger.lastByKey('capacity.save').get(`${round}/${unit}`);
  if (last) {
    const capacity = await reporter.query<{
      version: number;
      report: { planningFte: number } | null;
    }>('capacity.form', { round });
    const held = capacity.data?.report?.planningFte;
    if (capacity.data?.version !== last.version || String(held) !== last.value) {
      problems.push(
        `capacity ${unit}: holds v${capacity.data?.version} ${held}, acknowledged ${describe(last)}`,
      );
    }
  }
  return problems;
}

/** The needs register as anyone reads it, against the last acknowledged edit of each need. */
export async function checkNeeds(reader: SoakClient, ledger: Ledger) {
  const register = await reader.query<{
    needs: { code: string; version: number; description: string }[];
  }>('planning.needs');
  const problems: string[] = [];
  for (const [code, last] of ledger.lastByKey('planning.saveNeed')) {
    const need = register.data?.needs.find((n) => n.code === code);
    if (need?.version !== last.version || need.description !== last.value) {
      problems.push(`need ${code}: holds v${need?.version}, acknowledged ${describe(last)}`);
    }
  }
  return problems;
}

const describe = (write: { version: number; value: string }) =>
  `v${write.version} "${write.value}"`;
