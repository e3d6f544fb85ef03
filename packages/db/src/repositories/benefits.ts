import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  makeCode,
  NotFoundError,
  type BenefitActionFields,
  type BenefitFields,
  type Measurement,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import {
  benefitActions,
  benefitMeasurements,
  benefits,
  boards,
  investmentNeeds,
  units,
} from '../schema/index';

/** The register's rows as stored, before anything is computed from them. */
export async function listBenefits(db: Database, organisationSlug: string) {
  const org = await findOrganisation(db, organisationSlug);
  const [rows, unitRows, needRows] = await Promise.all([
    db
      .select({
        benefit: benefits,
        needCode: investmentNeeds.code,
        needTitle: investmentNeeds.title,
        unitSlug: units.slug,
        unitName: units.name,
        board: boards.name,
      })
      .from(benefits)
      .innerJoin(investmentNeeds, eq(investmentNeeds.id, benefits.needId))
      .innerJoin(units, eq(units.id, benefits.unitId))
      .innerJoin(boards, eq(boards.id, units.boardId))
      .where(eq(benefits.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(benefits.code)),
    db
      .select({ slug: units.slug, name: units.name, board: boards.name })
      .from(units)
      .innerJoin(boards, eq(boards.id, units.boardId))
      .where(eq(units.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(units.slug)),
    db
      .select({ code: investmentNeeds.code, title: investmentNeeds.title })
      .from(investmentNeeds)
      .where(eq(investmentNeeds.organisationId, org.id))
      .orderBy(asc(investmentNeeds.title)),
  ]);
  const ids = rows.map((r) => r.benefit.id);
  const [measured, actions] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(benefitMeasurements)
          .where(inArray(benefitMeasurements.benefitId, ids))
          .orderBy(asc(benefitMeasurements.measuredOn)),
        db
          .select()
          .from(benefitActions)
          .where(inArray(benefitActions.benefitId, ids))
          .orderBy(asc(benefitActions.dueDate), asc(benefitActions.id)),
      ])
    : [[], []];
  const codeOf = new Map(rows.map((r) => [r.benefit.id, r.benefit.code]));
  return {
    benefits: rows.map(({ benefit: b, ...r }) => ({
      code: b.code,
      title: b.title,
      need: { code: r.needCode, title: r.needTitle },
      unit: { slug: r.unitSlug, name: r.unitName },
      board: r.board,
      category: b.category,
      metric: b.metric,
      baseline: b.baseline,
      target: b.target,
      targetDate: b.targetDate,
      phase: b.phase,
      followUpMonths: b.followUpMonths,
      measurements: measured
        .filter((m) => m.benefitId === b.id)
        .map((m) => ({
          date: m.measuredOn,
          value: m.value,
          note: m.note,
          recordedBy: m.recordedBy,
        })),
      version: b.version,
      updatedAt: new Date(b.updatedAt).toISOString(),
      updatedBy: b.updatedBy,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      benefitCode: codeOf.get(a.benefitId)!,
      owner: a.owner,
      description: a.description,
      dueDate: a.dueDate,
      done: a.done,
      version: a.version,
      updatedAt: new Date(a.updatedAt).toISOString(),
      updatedBy: a.updatedBy,
    })),
    units: unitRows,
    needs: needRows,
  };
}

async function findBenefit(tx: Database, organisationId: number, code: string) {
  const [row] = await tx
    .select({ benefit: benefits, unitSlug: units.slug })
    .from(benefits)
    .innerJoin(units, eq(units.id, benefits.unitId))
    .where(and(eq(benefits.organisationId, organisationId), eq(benefits.code, code)))
    .for('update', { of: benefits });
  return row ?? null;
}

async function findUnitId(tx: Database, organisationId: number, slug: string) {
  const [row] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.slug, slug)));
  return row?.id ?? null;
}

async function findNeedId(tx: Database, organisationId: number, code: string) {
  const [row] = await tx
    .select({ id: investmentNeeds.id })
    .from(investmentNeeds)
    .where(and(eq(investmentNeeds.organisationId, organisationId), eq(investmentNeeds.code, code)));
  return row?.id ?? null;
}

/** What the conflict panel shows of the benefit someone else saved. */
function pickShown(b: typeof benefits.$inferSelect) {
  const { title, metric, baseline, target, targetDate, phase, followUpMonths, updatedBy } = b;
  return { title, metric, baseline, target, targetDate, phase, followUpMonths, updatedBy };
}

/** ITD creates a benefit (code null) or changes one against the version it was read at; audited. */
export async function saveBenefit(
  db: Database,
  actor: Actor,
  input: { code: string | null; expectedVersion: number; fields: BenefitFields },
): Promise<{ code: string; version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const current = input.code === null ? null : await findBenefit(tx, org.id, input.code);
    if (input.code !== null && !current) throw new NotFoundError('benefit', input.code);
    const currentVersion = current?.benefit.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('benefit changed since it was read', {
        currentVersion,
        current: current ? pickShown(current.benefit) : null,
      });
    }
    const { needCode, unitSlug, ...columns } = input.fields;
    const needId = await findNeedId(tx, org.id, needCode);
    if (needId === null) throw new InvalidError('fields.needCode', 'unknownNeed');
    const unitId = await findUnitId(tx, org.id, unitSlug);
    if (unitId === null) throw new InvalidError('fields.unitSlug', 'unknownUnit');
    const values = {
      ...columns,
      needId,
      unitId,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    let code = current?.benefit.code;
    if (current) {
      await tx.update(benefits).set(values).where(eq(benefits.id, current.benefit.id));
    } else {
      const taken = await tx
        .select({ code: benefits.code })
        .from(benefits)
        .where(eq(benefits.organisationId, org.id));
      code = makeCode(input.fields.title, new Set(taken.map((t) => t.code)), 'nytta');
      // Two creations with the same title at once: the unique key turns the second into a conflict.
      await tx.insert(benefits).values({ ...values, organisationId: org.id, code });
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'benefit'),
      action: 'benefits.save',
      entityKey: code!,
      summary: {
        before: current ? { title: current.benefit.title, phase: current.benefit.phase } : null,
        after: { title: input.fields.title, phase: input.fields.phase },
      },
    });
    return { code: code!, version: currentVersion + 1 };
  });
}

/**
 * A measured value for a day. A reporter writes for its own unit only (`reporterUnit`); a day in
 * the future or a day already measured is refused, never silently replaced. Returns the benefit
 * with all its measurements, for the new realisation.
 */
export async function recordMeasurement(
  db: Database,
  actor: Actor,
  input: {
    benefitCode: string;
    measurement: Measurement;
    note: string;
    today: string;
    reporterUnit: string | null;
  },
) {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const found = await findBenefit(tx, org.id, input.benefitCode);
    if (!found) throw new NotFoundError('benefit', input.benefitCode);
    if (input.reporterUnit !== null && found.unitSlug !== input.reporterUnit) {
      throw new InvalidError('benefitCode', 'ownUnitOnly');
    }
    if (input.measurement.date > input.today) {
      throw new InvalidError('measurement.date', 'futureDate');
    }
    const { benefit } = found;
    const [sameDay] = await tx
      .select()
      .from(benefitMeasurements)
      .where(
        and(
          eq(benefitMeasurements.benefitId, benefit.id),
          eq(benefitMeasurements.measuredOn, input.measurement.date),
        ),
      );
    if (sameDay) {
      throw new ConflictError('already measured that day', {
        current: { date: sameDay.measuredOn, value: sameDay.value, recordedBy: sameDay.recordedBy },
      });
    }
    await tx.insert(benefitMeasurements).values({
      benefitId: benefit.id,
      measuredOn: input.measurement.date,
      value: input.measurement.value,
      note: input.note,
      recordedBy: actor.label,
      recordedAt: actor.at.toISOString(),
    });
    await appendAudit(tx, {
      ...auditOf(actor, 'benefit'),
      action: 'benefits.recordMeasurement',
      entityKey: benefit.code,
      summary: { date: input.measurement.date, value: input.measurement.value },
    });
    const measurements = await tx
      .select({ date: benefitMeasurements.measuredOn, value: benefitMeasurements.value })
      .from(benefitMeasurements)
      .where(eq(benefitMeasurements.benefitId, benefit.id));
    return { ...benefit, measurements };
  });
}

/** ITD records (id null) or changes an action of servicenämnden or KS; audited. */
export async function saveBenefitAction(
  db: Database,
  actor: Actor,
  input: { id: number | null; expectedVersion: number; fields: BenefitActionFields },
): Promise<{ id: number; version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const target = await findBenefit(tx, org.id, input.fields.benefitCode);
    if (!target) throw new InvalidError('fields.benefitCode', 'unknownBenefit');
    const [current] =
      input.id === null
        ? []
        : await tx
            .select()
            .from(benefitActions)
            .innerJoin(benefits, eq(benefits.id, benefitActions.benefitId))
            .where(and(eq(benefitActions.id, input.id), eq(benefits.organisationId, org.id)))
            .for('update', { of: benefitActions });
    if (input.id !== null && !current) throw new NotFoundError('action', String(input.id));
    const action = current?.benefit_actions ?? null;
    const currentVersion = action?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('action changed since it was read', {
        currentVersion,
        current: action,
      });
    }
    const { benefitCode: _b, ...columns } = input.fields;
    const values = {
      ...columns,
      benefitId: target.benefit.id,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    const [saved] = action
      ? await tx
          .update(benefitActions)
          .set(values)
          .where(eq(benefitActions.id, action.id))
          .returning({ id: benefitActions.id })
      : await tx.insert(benefitActions).values(values).returning({ id: benefitActions.id });
    await appendAudit(tx, {
      ...auditOf(actor, 'benefitAction'),
      action: 'benefits.saveAction',
      entityKey: String(saved!.id),
      summary: {
        before: action ? { owner: action.owner, done: action.done } : null,
        after: { benefit: target.benefit.code, owner: input.fields.owner, done: input.fields.done },
      },
    });
    return { id: saved!.id, version: currentVersion + 1 };
  });
}
