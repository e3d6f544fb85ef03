import type { SoakClient } from './http-client';
import type { Ledger } from './ledger';

/** What every virtual user shares: when to stop, the round being reported, the ledger. */
export interface SoakRun {
  until: number;
  round: string;
  ledger: Ledger;
}

interface ReportItem {
  capabilityCode: string;
  version: number;
  comment: string | null;
}

interface CapacityReport {
  planningFte: number;
  competences: unknown[];
  demand: unknown[];
  baseRequirements: unknown[];
}

interface CapacityForm {
  version: number;
  editable: boolean;
  report: CapacityReport | null;
  previous: { report: CapacityReport } | null;
}

type NeedRecord = Record<string, unknown> & { code: string; version: number };

/**
 * A person pausing between clicks: short for someone filling in a form, longer for someone reading a
 * dashboard. Short overall, so a few minutes hold many requests.
 */
const pause = (longest = 100) => new Promise((r) => setTimeout(r, Math.random() * longest));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

let sequence = 0;
/** Values no two writes share, so a read-back names the write it shows. */
const nextValue = () => ++sequence;

/** The capabilities two reporters of one unit both work on, so their saves collide. */
export const SHARED_ITEMS = 3;

async function readReportItems(client: SoakClient, round: string): Promise<ReportItem[]> {
  const form = await client.query<{ editable: boolean; items: ReportItem[] }>('report.form', {
    round,
  });
  if (!form.data?.editable) throw new Error(`report form not editable: ${form.status}`);
  return form.data.items.slice(0, SHARED_ITEMS);
}

async function saveAnswer(client: SoakClient, run: SoakRun, unit: string, item: ReportItem) {
  const comment = `soak ${unit} ${nextValue()}`;
  const answer = await client.mutate<{ version: number }>('report.save', {
    round: run.round,
    capabilityCode: item.capabilityCode,
    version: item.version,
    fields: {
      selfRating: 1 + (sequence % 5),
      targetLevel: 4,
      targetYear: 2028,
      notApplicable: false,
      evidence: { text: null, link: null, owner: null, date: null },
      confidence: 'medium',
      comment,
    },
  });
  if (answer.status === 200 && answer.data) {
    item.version = answer.data.version;
    run.ledger.acknowledge({
      kind: 'report.save',
      key: `${run.round}/${unit}/${item.capabilityCode}`,
      value: comment,
      version: answer.data.version,
    });
    return true;
  }
  if (answer.code === 'CONFLICT') run.ledger.conflicts++;
  return false;
}

/** Reads the unit's capacity form and saves it back with a new planning FTE, as the form does. */
async function saveCapacity(client: SoakClient, run: SoakRun, unit: string) {
  const form = await client.query<CapacityForm>('capacity.form', { round: run.round });
  if (!form.data?.editable) throw new Error(`capacity form not editable: ${form.status}`);
  const base = form.data.report ??
    form.data.previous?.report ?? {
      planningFte: 0,
      competences: [],
      demand: [],
      baseRequirements: [],
    };
  const planningFte = (nextValue() % 100_000) / 100;
  const answer = await client.mutate<{ version: number }>('capacity.save', {
    round: run.round,
    version: form.data.version,
    report: { ...base, planningFte },
  });
  if (answer.status === 200 && answer.data) {
    run.ledger.acknowledge({
      kind: 'capacity.save',
      key: `${run.round}/${unit}`,
      value: String(planningFte),
      version: answer.data.version,
    });
  } else if (answer.code === 'CONFLICT') run.ledger.conflicts++;
}

/**
 * A unit's reporter: saves answers from the form it read (a colleague on the same unit saves the
 * same capabilities), now and then its capacity, and rereads the form after a conflict.
 */
export async function runReporter(client: SoakClient, run: SoakRun, unit: string) {
  let items = await readReportItems(client, run.round);
  while (Date.now() < run.until) {
    const roll = Math.random();
    if (roll < 0.15) await saveCapacity(client, run, unit);
    else if (roll < 0.3) items = await readReportItems(client, run.round);
    else if (!(await saveAnswer(client, run, unit, pick(items)))) {
      items = await readReportItems(client, run.round);
    }
    await pause();
  }
}

async function readNeeds(client: SoakClient, codes: readonly string[]) {
  const register = await client.query<{ needs: NeedRecord[] }>('planning.needs');
  return (register.data?.needs ?? []).filter((n) => codes.includes(n.code));
}

/** The fields a need's form sends back: the record without what the server keeps for itself. */
function toFields(need: NeedRecord, description: string) {
  const {
    code: _code,
    version: _version,
    decisionReason: _reason,
    proposedByUnit: _unit,
    updatedAt: _at,
    updatedBy: _by,
    ...fields
  } = need;
  return { ...fields, description };
}

/** ITD edits the same few investment needs from several sessions, and reads the round's progress. */
export async function runPlanner(client: SoakClient, run: SoakRun, codes: readonly string[]) {
  let needs = await readNeeds(client, codes);
  while (Date.now() < run.until) {
    if (Math.random() < 0.2) {
      await client.query('rounds.progress', { round: run.round });
    } else {
      const need = pick(needs);
      const description = `Ändrad i belastningsprov ${nextValue()}.`;
      const answer = await client.mutate<{ version: number }>('planning.saveNeed', {
        code: need.code,
        version: need.version,
        fields: toFields(need, description),
      });
      if (answer.status === 200 && answer.data) {
        need.version = answer.data.version;
        run.ledger.acknowledge({
          kind: 'planning.saveNeed',
          key: need.code,
          value: description,
          version: answer.data.version,
        });
      } else {
        if (answer.code === 'CONFLICT') run.ledger.conflicts++;
        needs = await readNeeds(client, codes);
      }
    }
    await pause();
  }
}

const VIEWER_READS: [string, unknown][] = [
  ['maturity.overview', {}],
  ['planning.needs', undefined],
  ['planning.scenarios', {}],
  ['planning.capacityBalance', {}],
  ['benefits.register', undefined],
];

/** Someone following the dashboards: the overview and the planning pages, one after another. */
export async function runViewer(client: SoakClient, run: SoakRun) {
  while (Date.now() < run.until) {
    const [path, input] = pick(VIEWER_READS);
    await client.query(path, input);
    await pause(1_000);
  }
}

/** Now and then someone downloads the round's or the planning workbook: among the heaviest requests. */
export async function runExporter(client: SoakClient, run: SoakRun) {
  while (Date.now() < run.until) {
    await client.download(pick([`/export/omgang/${run.round}.xlsx`, '/export/planering.xlsx']));
    await new Promise((r) => setTimeout(r, 2_000));
  }
}
