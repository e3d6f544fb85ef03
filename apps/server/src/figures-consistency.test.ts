import {
  formatPlanValue,
  planEditionSchema,
  toMnkr,
  toPercent,
  type PlanCell,
  type PlanContent,
  type PlanEditionSummary,
} from '@lagesbild/domain';
import type { RouterOutputs } from '@lagesbild/api';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer, type FileServer } from './testing/file-server';

/**
 * One figure, one definition: every measure the board reads (an area's level, FTE supply in AI and test,
 * planning capacity, each scenario's net, each board's realisation, and the round they stand on) read from
 * every place it appears, over HTTP as a KS member reads it, and compared. Run on the demo city, and again
 * once its open round holds drafts that differ from the closed round: the drafts must move nothing.
 */

/** One place's reading. A place leaves out what it does not show. */
interface Reading {
  round?: string | null;
  areaLevels?: Record<string, number | null>;
  supply?: { ai: number | null; test: number | null };
  planningFte?: number;
  net?: Record<string, number>;
  /** Net in mnkr as running text writes it. */
  netText?: Record<string, string>;
  realisation?: Record<string, number | null>;
}

let server: FileServer;
let viewer: string;
let draftYear: number;

const AI = 'ai-och-data';

async function query<T>(procedure: string, input?: unknown, cookie = viewer): Promise<T> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${server.base}/trpc/${procedure}${search}`, { headers: { cookie } });
  expect(res.status, procedure).toBe(200);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function mutate(cookie: string, procedure: string, input: unknown) {
  const res = await fetch(`${server.base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  expect(res.status, `${procedure}: ${await res.clone().text()}`).toBe(200);
}

async function download(path: string): Promise<ArrayBuffer> {
  const res = await fetch(`${server.base}${path}`, { headers: { cookie: viewer } });
  expect(res.status, path).toBe(200);
  return res.arrayBuffer();
}

async function workbook(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await download(path));
  /** A sheet's rows as objects keyed by the header row. */
  return (title: string) => {
    const sheet = book.getWorksheet(title);
    expect(sheet, title).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, unknown>[] = [];
    sheet!.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
    });
    return rows;
  };
}

/** What the pages show: each read through the procedure behind it. */
async function readPages(): Promise<Record<string, Reading>> {
  type Out = RouterOutputs;
  const [overview, scenarios, balance, ai, benefits] = await Promise.all([
    query<Out['maturity']['overview']>('maturity.overview', {}),
    query<Out['planning']['scenarios']>('planning.scenarios', {}),
    query<Out['planning']['capacityBalance']>('planning.capacityBalance', {}),
    query<Out['ai']['competence']>('ai.competence'),
    query<Out['benefits']['register']>('benefits.register'),
  ]);
  const areaName = new Map(overview.areas.map((a) => [a.code, a.name]));
  const supplyOf = (area: string) =>
    balance.cells.find((c) => c.area === area && c.year === balance.horizon.from)?.supplyFte ??
    null;
  const aiPoint = (area: string) =>
    ai.movement.find((m) => m.roundCode === ai.rounds.at(-1) && m.area === area)?.fte ?? null;
  return {
    '/ (overview)': {
      round: overview.round,
      areaLevels: Object.fromEntries(
        overview.trends.map((t) => [
          areaName.get(t.areaCode)!,
          t.points.find((p) => p.roundCode === overview.round)?.spread?.median ?? null,
        ]),
      ),
    },
    '/planering': {
      round: scenarios.baselineRound,
      areaLevels: Object.fromEntries(
        scenarios.areas.map((a) => [
          a.name,
          scenarios.scenarios[0]!.outcome.maturity.areas.find((m) => m.areaCode === a.code)!.today,
        ]),
      ),
      planningFte: scenarios.planningFte,
      net: Object.fromEntries(
        scenarios.scenarios.map((s) => [s.scenario.name, s.outcome.totals.netTkr]),
      ),
    },
    '/planering/kapacitet': {
      round: balance.baselineRound,
      supply: { ai: supplyOf(AI), test: supplyOf('test') },
      planningFte: balance.planningFte,
    },
    '/ai': {
      round: ai.direction.roundCode,
      supply: { ai: aiPoint(AI), test: aiPoint('test') },
    },
    '/nyttor': {
      realisation: Object.fromEntries(
        benefits.byBoard.map((b) => [b.board, toPercent(b.summary.meanRate)]),
      ),
    },
  };
}

/** What the workbooks say, parsed as a spreadsheet program reads them. */
async function readWorkbooks(round: string): Promise<Record<string, Reading>> {
  const [planning, ai, benefits] = await Promise.all([
    workbook('/export/planering.xlsx'),
    workbook('/export/ai.xlsx'),
    workbook('/export/nyttor.xlsx'),
  ]);
  const areas = planning('Mognad per område');
  const capacity = planning('Kapacitet mot efterfrågan');
  const from = Math.min(...capacity.map((r) => Number(r['År'])));
  const supplyOf = (name: string) =>
    capacity.find((r) => r['Kompetensområde'] === name && r['År'] === from)?.[
      'Tillgång (årsarbetare)'
    ] as number;
  const net: Record<string, number> = {};
  for (const r of planning('Scenarier per år')) {
    const name = String(r['Scenario']);
    net[name] = (net[name] ?? 0) + Number(r['Netto (tkr)']);
  }
  const competence = ai('Kompetens per omgång').filter((r) => r['Omgång'] === round);
  const fteOf = (name: string) => competence.find((r) => r['Område'] === name)?.['Årsarbetare'];
  return {
    planeringsarbetsboken: {
      round: [...new Set([...areas, ...capacity].map((r) => r['Omgång']))].join(),
      areaLevels: Object.fromEntries(
        areas.map((r) => [String(r['Område']), r['Nivå i omgången'] as number | null]),
      ),
      supply: { ai: supplyOf('AI och data'), test: supplyOf('Test') },
      net,
    },
    'AI-arbetsboken': {
      supply: { ai: fteOf('AI och data') as number, test: fteOf('Test') as number },
    },
    nyttoarbetsboken: {
      realisation: Object.fromEntries(
        benefits('Per nämnd')
          .filter((r) => r['Nämnd'] !== 'Hela staden')
          .map((r) => [String(r['Nämnd']), r['Genomsnittlig realisering (%)'] as number | null]),
      ),
    },
  };
}

const chapterOf = (content: PlanContent, key: string) =>
  content.chapters.find((c) => c.key === key)!;
const tableOf = (content: PlanContent, chapter: string, key: string) =>
  chapterOf(content, chapter).tables.find((t) => t.key === key)!.rows;

/** What the draft plan says as data: its chapters' tables, figures and sentences. */
async function readPlanJson(): Promise<{
  reading: Reading;
  aiChapter: Reading;
  content: PlanContent;
}> {
  const edition = planEditionSchema.parse(
    JSON.parse(new TextDecoder().decode(await download(`/export/plan/${draftYear}.json`))),
  );
  expect(edition.status).toBe('draft');
  const { content } = edition;
  const balanceRows = tableOf(content, 'capacity', 'capacity.table.balance');
  const from = Math.min(...balanceRows.map((r) => Number(r[1])));
  const supplyOf = (area: string) =>
    balanceRows.find((r) => r[0] === area && r[1] === from)?.[2] as number;
  const competence = tableOf(content, 'ai', 'ai.table.competence').at(-1)!;
  const reports = chapterOf(content, 'capacity').statements.find(
    (s) => s.key === 'capacity.reports',
  );
  const aiNow = chapterOf(content, 'ai').statements.find((s) =>
    ['ai.competenceNow', 'ai.competenceMovement'].includes(s.key),
  );
  const scenarioSays = chapterOf(content, 'investments').statements.filter(
    (s) => s.key === 'investments.scenario',
  );
  return {
    content,
    aiChapter: {
      supply: { ai: competence[1] as number | null, test: competence[3] as number | null },
    },
    reading: {
      round: [content.roundCode, reports?.values.round, aiNow?.values.round, competence[0]]
        .map(String)
        .filter((r, i, all) => all.indexOf(r) === i)
        .join(),
      areaLevels: Object.fromEntries(
        tableOf(content, 'status', 'status.table.areas').map((r) => [
          String(r[0]),
          r[2] as number | null,
        ]),
      ),
      supply: { ai: supplyOf(AI), test: supplyOf('test') },
      planningFte: chapterOf(content, 'capacity').figures.find(
        (f) => f.key === 'capacity.figure.planningFte',
      )!.value as number,
      net: Object.fromEntries(
        tableOf(content, 'investments', 'investments.table.scenarios').map((r) => [
          String(r[0]),
          r[4] as number,
        ]),
      ),
      netText: Object.fromEntries(
        scenarioSays.map((s) => [
          String(s.values.name),
          formatPlanValue('sv', s.values.net as number, 'mnkr'),
        ]),
      ),
      // Realisation is left out here: the plan reads measurements up to its basis round's close (a date it
      // names), the pages and workbooks up to today.
    },
  };
}

/** What the Word file says: its table rows, cell by cell, as Word shows them. */
async function readPlanDocx(content: PlanContent): Promise<Reading> {
  const zip = await JSZip.loadAsync(await download(`/export/plan/${draftYear}.docx`));
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) =>
    [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
  );
  const text = textOf(xml);
  /** The Word row whose first cells read as the JSON row's, shown the way the plan formats a cell. */
  const cellOf = (
    chapter: string,
    table: string,
    match: (r: PlanCell[]) => boolean,
    column: number,
  ) => {
    const t = chapterOf(content, chapter).tables.find((x) => x.key === table)!;
    const row = t.rows.find(match)!;
    const shown = row.map((cell, i) => formatPlanValue('sv', cell, t.columns[i]!.unit));
    const word = rows.find((r) => r.slice(0, 2).join('|') === shown.slice(0, 2).join('|'));
    return word ? word[column] : `no row ${shown.slice(0, 2).join(' | ')} in the Word file`;
  };
  const from = Math.min(
    ...tableOf(content, 'capacity', 'capacity.table.balance').map((r) => Number(r[1])),
  );
  const supply = (area: string) =>
    cellOf('capacity', 'capacity.table.balance', (r) => r[0] === area && r[1] === from, 2);
  return {
    round: text.includes(content.roundCode!) ? content.roundCode : 'no round named',
    areaLevels: Object.fromEntries(
      tableOf(content, 'status', 'status.table.areas').map((r) => [
        String(r[0]),
        cellOf('status', 'status.table.areas', (x) => x[0] === r[0], 2),
      ]),
    ) as never,
    supply: { ai: supply(AI), test: supply('test') } as never,
    net: Object.fromEntries(
      tableOf(content, 'investments', 'investments.table.scenarios').map((r) => [
        String(r[0]),
        cellOf('investments', 'investments.table.scenarios', (x) => x[0] === r[0], 4),
      ]),
    ) as never,
    netText: Object.fromEntries(
      tableOf(content, 'investments', 'investments.table.scenarios').map((r) => {
        const net = formatPlanValue('sv', toMnkr(r[4] as number), 'mnkr');
        return [String(r[0]), text.includes(`netto ${net} mnkr`) ? net : `no "netto ${net} mnkr"`];
      }),
    ),
  };
}

/** Every place's reading of every measure, beside the pages' own. */
async function readEverywhere() {
  const pages = await readPages();
  const round = pages['/ (overview)']!.round!;
  const plan = await readPlanJson();
  const places = {
    ...pages,
    ...(await readWorkbooks(round)),
    'planen (JSON)': plan.reading,
    'planen kapitel 5 (JSON)': plan.aiChapter,
    'planen (Word)': await readPlanDocx(plan.content),
  };
  return { round, places, pages };
}

/** Each measure as the Word file shows it: the same numbers, written the plan's Swedish way. */
function asWord(reading: Reading): Reading {
  const fmt = (v: number | null, unit: 'level' | 'fte' | 'tkr') => formatPlanValue('sv', v, unit);
  const map = (o: Record<string, number | null> | undefined, unit: 'level' | 'tkr') =>
    o && Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fmt(v, unit)]));
  return {
    round: reading.round,
    areaLevels: map(reading.areaLevels, 'level') as never,
    supply:
      reading.supply &&
      ({ ai: fmt(reading.supply.ai, 'fte'), test: fmt(reading.supply.test, 'fte') } as never),
    net: map(reading.net, 'tkr') as never,
    netText:
      reading.net &&
      Object.fromEntries(
        Object.entries(reading.net).map(([k, v]) => [k, formatPlanValue('sv', toMnkr(v), 'mnkr')]),
      ),
  };
}

/** Fails on the first measure where a place differs from the pages, naming both. */
function expectAgreement({ round, places, pages }: Awaited<ReturnType<typeof readEverywhere>>) {
  const reference: Required<Reading> = {
    round,
    areaLevels: pages['/ (overview)']!.areaLevels!,
    supply: pages['/planering/kapacitet']!.supply!,
    planningFte: pages['/planering/kapacitet']!.planningFte!,
    net: pages['/planering']!.net!,
    netText: Object.fromEntries(
      Object.entries(pages['/planering']!.net!).map(([k, v]) => [
        k,
        formatPlanValue('sv', toMnkr(v), 'mnkr'),
      ]),
    ),
    realisation: pages['/nyttor']!.realisation!,
  };
  // Nothing passes by being empty: the demo city has every measure.
  expect(Object.values(reference.areaLevels).filter((l) => l !== null).length).toBeGreaterThan(5);
  expect(Object.keys(reference.net)).toEqual(expect.arrayContaining(['Bas', 'Offensiv']));
  expect(reference.supply.ai).toBeGreaterThan(0);
  expect(reference.planningFte).toBeGreaterThan(0);
  expect(Object.keys(reference.realisation).length).toBeGreaterThan(1);
  const word = asWord(reference);
  for (const [place, reading] of Object.entries(places)) {
    const expected = place === 'planen (Word)' ? { ...reference, ...word } : reference;
    for (const measure of Object.keys(reading) as (keyof Reading)[]) {
      expect(reading[measure], `${measure} in ${place}`).toEqual(expected[measure]);
    }
  }
}

beforeAll(async () => {
  server = await startFileServer();
  viewer = await server.cookieOf('ks@demo.lagesbild.se');
  // The current year's draft (the demo city's day is in 2026), made if the city has none yet.
  const itd = await server.cookieOf('itd@demo.lagesbild.se');
  const editions = await query<PlanEditionSummary[]>('plan.editions', undefined, itd);
  const draft = editions.find((e) => e.status === 'draft');
  draftYear = draft?.year ?? 2026;
  if (!draft) await mutate(itd, 'plan.create', { year: draftYear });
});
afterAll(() => server.close());

describe('one figure, one definition', () => {
  let demo: Awaited<ReturnType<typeof readEverywhere>>;

  it('on the demo city every page, workbook and the plan read the same figures from the same round', async () => {
    demo = await readEverywhere();
    expect(demo.round).toBe('2026-K3');
    expectAgreement(demo);
  });

  it('drafts in the open round that differ from the closed one reach none of them', async () => {
    const unit = await server.cookieOf('miljoforvaltningen@demo.lagesbild.se');
    const open = '2026-K4';
    type Out = RouterOutputs;
    const capacity = await query<Out['capacity']['form']>('capacity.form', { round: open }, unit);
    await mutate(unit, 'capacity.save', {
      round: open,
      version: capacity.version,
      report: {
        planningFte: 30,
        competences: [
          { area: AI, fte: 40, level: 5 },
          { area: 'test', fte: 25, level: 5 },
        ],
        demand: [],
        baseRequirements: [],
      },
    });
    const form = await query<Out['report']['form']>('report.form', { round: open }, unit);
    for (const item of form.items.filter((i) => !i.notApplicable).slice(0, 12)) {
      await mutate(unit, 'report.save', {
        round: open,
        capabilityCode: item.capabilityCode,
        version: item.version,
        fields: {
          selfRating: item.selfRating === 5 ? 1 : 5,
          targetLevel: item.targetLevel,
          targetYear: item.targetYear,
          notApplicable: false,
          evidence: item.evidence,
          confidence: item.confidence,
          comment: item.comment,
        },
      });
    }

    const withDrafts = await readEverywhere();
    expectAgreement(withDrafts);
    expect(withDrafts.pages).toEqual(demo.pages);
  });
});
