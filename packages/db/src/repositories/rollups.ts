import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import {
  COUNT_COLUMNS,
  countColumnList,
  countExpressions,
  quarterOf,
  sumExpressions,
} from './rollup-sql';

export * from './rollup-reads';

/**
 * Two refreshes of one organisation's rows at once would each delete what the other had not yet
 * committed and then both insert the same keys: they take turns instead. Any fixed number.
 */
const REFRESH_LOCK = 7_342_002;

/** Which rows a refresh replaces: in terms of assessments `a`, and of rollup rows `x`. */
interface Scope {
  assessments: SQL;
  rollups: SQL;
}

/**
 * Adds the scope's municipality × area rows to the national sums, or takes them away. The rows go
 * in key order, so two refreshes that touch the same sums lock them in the same order.
 */
async function applyToNationalSums(tx: Database, scope: Scope, sign: '' | '-'): Promise<void> {
  const updates = sql.raw(
    COUNT_COLUMNS.map((c) => `${c} = period_area_rollups.${c} + excluded.${c}`).join(', '),
  );
  await tx.execute(sql`
    insert into period_area_rollups (period_start, area_code, ${countColumnList})
    select x.period_start, x.area_code, ${sumExpressions(sign)}
    from area_rollups x
    where ${scope.rollups}
    group by x.period_start, x.area_code
    order by x.period_start, x.area_code
    on conflict (period_start, area_code) do update set ${updates}`);
}

/**
 * Recounts the scope's rollups from its assessments. Closed rounds only: the dashboards show
 * nothing else. Capabilities still in the framework only, in their current area, as the
 * dashboards' current picture counts them.
 */
async function replaceRollups(tx: Database, scope: Scope): Promise<void> {
  await applyToNationalSums(tx, scope, '-');
  await tx.execute(sql`delete from unit_area_rollups x where ${scope.rollups}`);
  await tx.execute(sql`delete from area_rollups x where ${scope.rollups}`);
  await insertRollups(tx, scope);
  await applyToNationalSums(tx, scope, '');
  // A period whose last round was taken away leaves zeros, which no trend should show.
  await tx.execute(sql`delete from period_area_rollups where total = 0`);
}

async function insertRollups(tx: Database, scope: Scope): Promise<void> {
  await tx.execute(sql`
    insert into unit_area_rollups (organisation_id, round_id, unit_id, area_id, ${countColumnList})
    select r.organisation_id, a.round_id, a.unit_id, c.area_id, ${countExpressions}
    from assessments a
    join rounds r on r.id = a.round_id
    join capabilities c on c.id = a.capability_id
    where r.status = 'closed' and c.retired_in_version is null and ${scope.assessments}
    group by r.organisation_id, a.round_id, a.unit_id, c.area_id`);
  await tx.execute(sql`
    insert into area_rollups
      (organisation_id, round_id, area_id, period_start, area_code, ${countColumnList})
    select x.organisation_id, x.round_id, x.area_id, ${quarterOf}::date, ar.code, ${sumExpressions()}
    from unit_area_rollups x
    join rounds r on r.id = x.round_id
    join areas ar on ar.id = x.area_id
    where ${scope.rollups}
    group by x.organisation_id, x.round_id, x.area_id, r.id, ar.id`);
}

/**
 * Recounts one round: call it in the transaction that closes the round or changes a closed round's
 * assessments. An open round ends up with no rows, which is right: dashboards read closed rounds.
 */
export async function refreshRoundRollups(db: Database, roundId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${REFRESH_LOCK}, organisation_id) from rounds where id = ${roundId}`,
    );
    await replaceRollups(tx, {
      assessments: sql`a.round_id = ${roundId}`,
      rollups: sql`x.round_id = ${roundId}`,
    });
  });
}

/** Recounts one organisation's rounds, leaving every other organisation's rows alone. */
export async function refreshOrganisationRollups(
  db: Database,
  organisationId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK}, ${organisationId})`);
    await replaceRollups(tx, {
      // Naming the rounds on the assessments' side lets the planner reach them by the round index
      // instead of reading every organisation's assessments.
      assessments: sql`a.round_id in (select id from rounds where organisation_id = ${organisationId})`,
      rollups: sql`x.organisation_id = ${organisationId}`,
    });
  });
}

/** Recounts everything. TRUNCATE needs the tables' owner, as migrations do; the app never calls it. */
export async function rebuildAllRollups(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate unit_area_rollups, area_rollups, period_area_rollups`);
    await insertRollups(tx, { assessments: sql`true`, rollups: sql`true` });
    await applyToNationalSums(tx, { assessments: sql`true`, rollups: sql`true` }, '');
  });
}
