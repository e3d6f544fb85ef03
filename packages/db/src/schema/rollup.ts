import { date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Counts of ratings at levels 1–5 for each basis, plus not-applicable and all assessments counted.
 * Histograms add up, so a coarser figure is a sum and a median stays exact.
 */
function histogramColumns() {
  const count = (name: string) => integer(name).notNull().default(0);
  return {
    self1: count('self_1'),
    self2: count('self_2'),
    self3: count('self_3'),
    self4: count('self_4'),
    self5: count('self_5'),
    validated1: count('validated_1'),
    validated2: count('validated_2'),
    validated3: count('validated_3'),
    validated4: count('validated_4'),
    validated5: count('validated_5'),
    effective1: count('effective_1'),
    effective2: count('effective_2'),
    effective3: count('effective_3'),
    effective4: count('effective_4'),
    effective5: count('effective_5'),
    notApplicable: count('not_applicable'),
    total: count('total'),
  };
}

/**
 * One unit's ratings in one area of one closed round, as histograms: what the dashboards' trends and
 * heatmap read instead of every assessment. Only capabilities still in the framework are counted,
 * as in the dashboards' current picture. Derived data: rebuilt from `assessments` at any time.
 * `organisation_id` repeats the round's organisation so one organisation is refreshed by an index.
 *
 * No foreign keys: every row is written by an insert … select that joins the very rows its ids come
 * from, and checking four keys per row took as long as counting the assessments themselves.
 */
export const unitAreaRollups = pgTable(
  'unit_area_rollups',
  {
    organisationId: integer().notNull(),
    roundId: integer().notNull(),
    unitId: integer().notNull(),
    areaId: integer().notNull(),
    ...histogramColumns(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.areaId] }), index().on(t.organisationId)],
);

/**
 * The same histograms summed over an organisation's units. The period and the area's code are
 * copied in, so the national sums below are kept current from this table alone.
 */
export const areaRollups = pgTable(
  'area_rollups',
  {
    organisationId: integer().notNull(),
    roundId: integer().notNull(),
    areaId: integer().notNull(),
    /** The first day of the quarter the round ended in: rounds of every organisation side by side. */
    periodStart: date({ mode: 'string' }).notNull(),
    areaCode: text().notNull(),
    ...histogramColumns(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.areaId] }), index().on(t.organisationId)],
);

/**
 * The histograms summed over every organisation, per period and area code: the national trend
 * reads a few hundred rows, however many municipalities report. Each refresh takes away what it
 * deletes from `area_rollups` and adds what it inserts, so the sums never need a full recount.
 */
export const periodAreaRollups = pgTable(
  'period_area_rollups',
  {
    periodStart: date({ mode: 'string' }).notNull(),
    areaCode: text().notNull(),
    ...histogramColumns(),
  },
  (t) => [primaryKey({ columns: [t.periodStart, t.areaCode] })],
);
