import pg from 'pg';
import { openDatabase } from '@lagesbild/db/client';
import { migrateDatabase } from '@lagesbild/db/migrate';
import { hashPassword } from '@lagesbild/db/passwords';
import { seedDemo } from '@lagesbild/db/seed';

export const REPORTER_PASSWORD = 'bench-rapportor-losenord';
const CITY = 'malmo';

export interface Reporter {
  email: string;
  unitSlug: string;
}

/**
 * The demo city on a fresh database, plus `count` department units of the bench's own, each with
 * one reporter and its rows in the open round (as opening the round gives every unit), so that
 * `count` distinct reporters can save at once without sharing a unit.
 */
export async function prepareReporters(
  url: string,
  count: number,
): Promise<{ roundCode: string; reporters: Reporter[] }> {
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrateDatabase(handle);
    await seedDemo(handle.db);
  } finally {
    await handle.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const { rows: orgRows } = await client.query<{ id: number; board_id: number }>(
      `select o.id, min(b.id) as board_id from organisations o join boards b on b.organisation_id = o.id
       where o.slug = $1 group by o.id`,
      [CITY],
    );
    const org = orgRows[0];
    if (!org) throw new Error('concurrent-writes: the demo city is missing');
    const { rows: roundRows } = await client.query<{
      id: number;
      code: string;
      framework_id: number;
    }>(
      `select id, code, framework_id from rounds where organisation_id = $1 and status = 'open'
       order by starts_on desc limit 1`,
      [org.id],
    );
    const round = roundRows[0];
    if (!round) throw new Error('concurrent-writes: the demo city has no open round');
    const reporters = Array.from({ length: count }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      return { email: `rapportor-${n}@bench.lagesbild.se`, unitSlug: `bench-enhet-${n}` };
    });
    const { rows: units } = await client.query<{ id: number; slug: string }>(
      `insert into units (organisation_id, board_id, slug, name, kind, sort_order)
       select $1, $2, slug, 'Bänkenhet ' || right(slug, 3), 'department', 100 + ordinality
       from unnest($3::text[]) with ordinality as t(slug)
       returning id, slug`,
      [org.id, org.board_id, reporters.map((r) => r.unitSlug)],
    );
    const unitId = new Map(units.map((u) => [u.slug, u.id]));
    await client.query(
      `insert into assessments (round_id, unit_id, capability_id, confirmed, updated_by)
       select $1, u, c.id, false, 'ITD'
       from unnest($2::int[]) as u cross join capabilities c
       where c.framework_id = $3 and c.retired_in_version is null`,
      [round.id, units.map((u) => u.id), round.framework_id],
    );
    // One hash for all: scrypt is slow by design, and the bench measures saves, not hashing.
    const passwordHash = await hashPassword(REPORTER_PASSWORD);
    await client.query(
      `insert into users (organisation_id, email, name, role, unit_id, password_hash)
       select $1, email, 'Rapportör ' || unit_slug, 'reporter', unit_id, $2
       from unnest($3::text[], $4::text[], $5::int[]) as t(email, unit_slug, unit_id)`,
      [
        org.id,
        passwordHash,
        reporters.map((r) => r.email),
        reporters.map((r) => r.unitSlug),
        reporters.map((r) => unitId.get(r.unitSlug)!),
      ],
    );
    await client.query('commit');
    return { roundCode: round.code, reporters };
  } finally {
    await client.end();
  }
}

export interface SaveRecord {
  unitSlug: string;
  capabilityCode: string;
  /** The version the server answered with. */
  version: number;
  comment: string;
}

/**
 * Checks the database against what the server acknowledged: every acknowledged save is one history
 * row and one audit entry, each touched assessment ends at the last acknowledged save's version and
 * comment, and no save answered with a conflict left a trace. Returns the problems found.
 */
export async function verifySaves(
  url: string,
  roundCode: string,
  acknowledged: readonly SaveRecord[],
  refusedComments: readonly string[],
  erroredComments: readonly string[] = [],
): Promise<{ problems: string[]; historyRows: number; auditRows: number; appliedErrors: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: history } = await client.query<{
      unit: string;
      capability: string;
      version: number;
      comment: string | null;
    }>(
      `select u.slug as unit, c.code as capability, h.version,
              min(ch->>'to') filter (where ch->>'field' = 'comment') as comment
       from assessment_history h
       join assessments a on a.id = h.assessment_id
       join rounds r on r.id = a.round_id
       join units u on u.id = a.unit_id
       join capabilities c on c.id = a.capability_id
       left join lateral jsonb_array_elements(h.changes) ch on true
       where r.code = $1 and u.slug like 'bench-enhet-%'
       group by u.slug, c.code, h.version, h.id`,
      [roundCode],
    );
    const { rows: finals } = await client.query<{
      unit: string;
      capability: string;
      version: number;
      comment: string | null;
    }>(
      `select u.slug as unit, c.code as capability, a.version, a.comment
       from assessments a join rounds r on r.id = a.round_id join units u on u.id = a.unit_id
       join capabilities c on c.id = a.capability_id
       where r.code = $1 and u.slug like 'bench-enhet-%' and a.version > 1`,
      [roundCode],
    );
    const { rows: audit } = await client.query<{ n: number }>(
      `select count(*)::int as n from audit_log
       where action = 'report.save' and entity_key like $1`,
      [`${roundCode}/bench-enhet-%`],
    );
    const { rows: refused } = await client.query<{ n: number }>(
      `select (select count(*) from assessments where comment = any($1::text[]))
            + (select count(*) from assessment_history where changes::text like any(
                 select '%' || c || '%' from unnest($1::text[]) c))::int as n`,
      [refusedComments],
    );
    const problems: string[] = [];
    const key = (unit: string, capability: string, version: number) =>
      `${unit}/${capability}/v${version}`;
    const historyByKey = new Map(history.map((h) => [key(h.unit, h.capability, h.version), h]));
    for (const save of acknowledged) {
      const row = historyByKey.get(key(save.unitSlug, save.capabilityCode, save.version));
      if (!row) problems.push(`lost: ${key(save.unitSlug, save.capabilityCode, save.version)}`);
      else if (row.comment !== save.comment)
        problems.push(`wrong value at ${key(save.unitSlug, save.capabilityCode, save.version)}`);
    }
    // A save answered with an error may still have been applied (the answer was lost, not the write).
    const errored = new Set(erroredComments);
    const appliedErrors = history.filter(
      (h) => h.comment !== null && errored.has(h.comment),
    ).length;
    if (history.length !== acknowledged.length + appliedErrors)
      problems.push(`${history.length} history rows for ${acknowledged.length} acknowledged saves`);
    const last = new Map<string, SaveRecord>();
    for (const save of acknowledged) {
      const k = `${save.unitSlug}/${save.capabilityCode}`;
      if ((last.get(k)?.version ?? 0) < save.version) last.set(k, save);
    }
    const finalOf = new Map(finals.map((row) => [`${row.unit}/${row.capability}`, row]));
    for (const [k, expected] of last) {
      const row = finalOf.get(k);
      // The last acknowledged save, or a later one answered with an error that went through after all.
      const fits =
        row &&
        ((row.version === expected.version && row.comment === expected.comment) ||
          (row.version > expected.version && row.comment !== null && errored.has(row.comment)));
      if (!fits)
        problems.push(
          `final state of ${k} is v${row?.version ?? 1}, expected v${expected.version}`,
        );
    }
    const unexpected = finals.filter(
      (row) => !last.has(`${row.unit}/${row.capability}`) && !errored.has(row.comment ?? ''),
    );
    if (unexpected.length > 0)
      problems.push(`${unexpected.length} assessments changed that no one saved`);
    const auditRows = audit[0]?.n ?? 0;
    if (auditRows !== acknowledged.length + appliedErrors)
      problems.push(`${auditRows} audit entries for ${acknowledged.length} acknowledged saves`);
    if ((refused[0]?.n ?? 0) > 0)
      problems.push(`${refused[0]!.n} traces of saves refused as conflicts`);
    return { problems, historyRows: history.length, auditRows, appliedErrors };
  } finally {
    await client.end();
  }
}
