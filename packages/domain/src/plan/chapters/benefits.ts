import { toPercent } from '../../money/rounding';
import { ACTION_OWNERS, type ActionOwner } from '../../models/benefit';
import type { BenefitRegister } from '../../views/benefits';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({ key, values });

/** The open actions an owner has taken on, due first: what servicenämnden or KS can do (Q4). */
export function listOpenActions(register: BenefitRegister, owner: ActionOwner) {
  const titleOf = new Map(register.benefits.map((b) => [b.code, b.title]));
  return register.actions
    .filter((a) => a.owner === owner && !a.done)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((a) => ({ ...a, benefitTitle: titleOf.get(a.benefitCode) ?? a.benefitCode }));
}

function describeCity(register: BenefitRegister): PlanStatement[] {
  const { city } = register;
  if (city.benefits === 0) return [say('benefits.none')];
  const mean = toPercent(city.meanRate);
  const statements = [
    mean === null
      ? say('benefits.summaryNone', { benefits: city.benefits })
      : say('benefits.summary', {
          benefits: city.benefits,
          realised: city.realised,
          partly: city.partly,
          measured: city.measured,
          mean,
        }),
  ];
  const measured = register.byBoard.filter((b) => b.summary.meanRate !== null);
  if (measured.length >= 2) {
    const byRate = [...measured].sort(
      (a, b) => b.summary.meanRate! - a.summary.meanRate! || a.board.localeCompare(b.board, 'sv'),
    );
    const high = byRate[0]!;
    const low = byRate.at(-1)!;
    if (high.summary.meanRate !== low.summary.meanRate) {
      statements.push(
        say('benefits.boardSpread', {
          high: high.board,
          highRate: toPercent(high.summary.meanRate)!,
          low: low.board,
          lowRate: toPercent(low.summary.meanRate)!,
        }),
      );
    }
  }
  const unmeasured = register.byBoard.filter((b) => b.summary.measured === 0).map((b) => b.board);
  if (unmeasured.length) {
    statements.push(
      say('benefits.boardsUnmeasured', { count: unmeasured.length, boards: listNames(unmeasured) }),
    );
  }
  return statements;
}

function describeOverdue(register: BenefitRegister): PlanStatement[] {
  if (register.benefits.length === 0) return [];
  const date = register.asOf.today;
  if (register.overdue.length === 0) return [say('benefits.overdueNone', { date })];
  return [
    say('benefits.overdue', { count: register.overdue.length, date }),
    ...register.overdue.map((o) =>
      say('benefits.overdueItem', {
        unit: o.unit.name,
        board: o.board,
        title: o.title,
        date: o.dueDate,
      }),
    ),
  ];
}

/** "Of what we said would be done by this year, how much is": cumulative up to the plan's year. */
function describeYears(register: BenefitRegister, year: number): PlanStatement[] {
  const due = register.byYear.filter((y) => y.year <= year);
  const planned = due.reduce((s, y) => s + y.planned, 0);
  if (planned === 0) return [];
  const realised = due.reduce((s, y) => s + y.realised, 0);
  const later = register.byYear.filter((y) => y.year > year).reduce((s, y) => s + y.planned, 0);
  const statements = [say('benefits.byYear', { year: String(year), planned, realised })];
  if (later > 0) statements.push(say('benefits.later', { year: String(year), count: later }));
  return statements;
}

function describeActions(register: BenefitRegister): {
  statements: PlanStatement[];
  tables: PlanTable[];
} {
  const statements: PlanStatement[] = [];
  const tables: PlanTable[] = [];
  for (const owner of ACTION_OWNERS) {
    const open = listOpenActions(register, owner);
    const first = open[0];
    if (first === undefined) {
      statements.push(say(`benefits.actionsNone.${owner}`));
      continue;
    }
    statements.push(say(`benefits.actions.${owner}`, { count: open.length, first: first.dueDate }));
    tables.push({
      key: `benefits.table.${owner}`,
      columns: [
        { key: 'action', unit: 'text' },
        { key: 'benefit', unit: 'text' },
        { key: 'due', unit: 'text' },
      ],
      rows: open.map((a) => [a.description, a.benefitTitle, a.dueDate]),
      chart: null,
    });
  }
  return { statements, tables };
}

/** Chapter 6 (Q4): planned against realised benefits, per board and year, and what SN and KS can do. */
export function buildBenefitsChapter({ sources }: PlanContext): PlanChapter {
  const register = sources.benefits;
  const actions = describeActions(register);
  const tables: PlanTable[] = [];
  if (register.byBoard.length) {
    // The mean alone is charted; its counts sit in the table beside it, since a mean is never shown alone.
    tables.push(
      {
        key: 'benefits.table.byBoard',
        columns: [
          { key: 'board', unit: 'text' },
          { key: 'mean', unit: 'percent' },
        ],
        rows: register.byBoard.map((b) => [b.board, toPercent(b.summary.meanRate)]),
        chart: 'bar',
      },
      {
        key: 'benefits.table.boardCounts',
        columns: [
          { key: 'board', unit: 'text' },
          { key: 'benefits', unit: 'count' },
          { key: 'measured', unit: 'count' },
          { key: 'realised', unit: 'count' },
          { key: 'partly', unit: 'count' },
          { key: 'overdue', unit: 'count' },
        ],
        rows: register.byBoard.map((b) => [
          b.board,
          b.summary.benefits,
          b.summary.measured,
          b.summary.realised,
          b.summary.partly,
          b.summary.overdue,
        ]),
        chart: null,
      },
    );
  }
  if (register.byYear.length) {
    tables.push({
      key: 'benefits.table.byYear',
      columns: [
        { key: 'year', unit: 'year' },
        { key: 'planned', unit: 'count' },
        { key: 'measured', unit: 'count' },
        { key: 'realised', unit: 'count' },
      ],
      rows: register.byYear.map((y) => [y.year, y.planned, y.measured, y.realised]),
      chart: 'bar',
    });
  }
  return {
    key: 'benefits',
    statements: [
      ...describeCity(register),
      ...describeOverdue(register),
      ...describeYears(register, sources.year),
      ...actions.statements,
    ],
    figures: [
      { key: 'benefits.figure.benefits', value: register.city.benefits, unit: 'count' },
      { key: 'benefits.figure.realised', value: register.city.realised, unit: 'count' },
      {
        key: 'benefits.figure.meanRate',
        value: toPercent(register.city.meanRate),
        unit: 'percent',
      },
      { key: 'benefits.figure.overdue', value: register.overdue.length, unit: 'count' },
    ],
    tables: [...tables, ...actions.tables],
  };
}
