import {
  COVERAGE_QUESTIONS,
  formatPlanText,
  formatPlanValue,
  PLAN_CHAPTER_KEYS,
  type PlanEdition,
} from '@lagesbild/domain';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlan } from '../plan-demo';
import { readPlanEdition } from '../router/plan-views';
import { renderPlanDocx } from './plan-docx';
import { makePlanEdition } from './plan-fixture';

interface Block {
  kind: 'paragraph' | 'row';
  /** The paragraph style (Title, Heading1, …), empty for body text and table rows. */
  style: string;
  /** A paragraph's text; a row's cells joined by " | ". */
  text: string;
  xml: string;
}

/** The document body as Word reads it: paragraphs and table rows in order, with their styles. */
async function readDocument(edition: PlanEdition) {
  const zip = await JSZip.loadAsync(await renderPlanDocx(edition));
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const blocks: Block[] = [];
  for (const m of body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    const row = part.startsWith('<w:tr');
    blocks.push({
      kind: row ? 'row' : 'paragraph',
      style: row ? '' : (/<w:pStyle w:val="([^"]+)"/.exec(part)?.[1] ?? ''),
      text: row
        ? [...part.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])).join(' | ')
        : textOf(part),
      xml: part,
    });
  }
  return { zip, xml, blocks };
}

const sv = (key: string, values?: Record<string, string | number>) =>
  formatPlanText('sv', key, values);
const rowOf = (blocks: Block[], start: string) =>
  blocks.find((b) => b.kind === 'row' && b.text.startsWith(start));

describe('the plan as a Word file', () => {
  it('opens with the title, the organisation, the status and the round it reads', async () => {
    const { blocks } = await readDocument(makePlanEdition('draft'));
    expect(blocks[0]).toMatchObject({
      style: 'Title',
      text: 'Utvecklingsplan för IT och digitalisering 2027',
    });
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('Malmö stad');
    expect(texts).toContain('Utkast – följer data per 2026-11-20');
    expect(texts).toContain('Bygger på bedömningsomgång 2026-K3, stängd 2026-09-30.');
    expect(texts.some((t) => t.startsWith('Fastställd'))).toBe(false);
  });

  it('says when and by whom a published edition was decided, and no longer calls it a draft', async () => {
    const { blocks } = await readDocument(makePlanEdition('published'));
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('Fastställd 2026-11-25 av Ulla Utvecklare (ITD)');
    expect(texts.some((t) => t.startsWith('Utkast'))).toBe(false);
  });

  it('has the coverage section and chapters 1–8 as real Heading 1s, in order, in Swedish', async () => {
    const { blocks } = await readDocument(makePlanEdition());
    const headings = blocks.filter((b) => b.style === 'Heading1').map((b) => b.text);
    expect(headings).toEqual([
      'Svarar planen på frågorna?',
      ...PLAN_CHAPTER_KEYS.map((key, i) => `${i + 1} ${sv(`${key}.title`)}`),
    ]);
  });

  it('lists every sub-question of the reservation with its status, rule and what is missing', async () => {
    const edition = makePlanEdition();
    const { blocks } = await readDocument(edition);
    const header = rowOf(blocks, 'Fråga | Delfråga')!;
    expect(header.text).toBe('Fråga | Delfråga | Status | Regel | Saknas');
    expect(header.xml).toContain('<w:tblHeader/>');
    for (const question of COVERAGE_QUESTIONS) {
      const result = edition.content.coverage.find((r) => r.id === question.id)!;
      const row = blocks.find((b) => b.kind === 'row' && b.text.includes(question.text));
      expect(row?.text, question.id).toContain(
        `${question.text} | ${sv(`coverage.status.${result.status}`)} | ${sv(`coverage.rule.${result.rule.key}`)}`,
      );
    }
    // The fixture has operating costs missing: that row names the gap and who must fill it.
    const operating = edition.content.coverage.find((r) => r.id === 'q2-operating-costs')!;
    expect(operating.status).toBe('unanswered');
    const missing = operating.missing[0]!;
    expect(rowOf(blocks, 'Fråga 2 | Driftkonsekvenser')!.text).toContain(
      `${sv(`coverage.missing.${missing.what}`)} – ${sv(`coverage.who.${missing.who}`)}`,
    );
    expect(rowOf(blocks, 'Fråga 5 |')!.text).toMatch(/ \| –$/);
  });

  it('gives a chapter its key figures, the generated text, ITD’s comment and its tables', async () => {
    const { blocks } = await readDocument(makePlanEdition());
    // The table of contents repeats the headings: the chapter starts at its Heading 1.
    const headingAt = (text: string) =>
      blocks.findIndex((b) => b.style === 'Heading1' && b.text === text);
    const start = headingAt(`2 ${sv('status.title')}`);
    const end = headingAt(`3 ${sv('capacity.title')}`);
    const chapter = blocks.slice(start, end);
    const texts = chapter.map((b) => b.text);
    expect(texts).toContain('Nyckeltal | Värde');
    expect(texts).toContain(`${sv('status.figure.median')} | 2,4`);
    expect(texts).toContain(`${sv('status.figure.validated')} | 90 %`);
    expect(texts).toContain(
      sv('status.summary', { median: 2.4, weakest: 'IT-juridik', round: '2026-K3' }),
    );
    const comment = texts.indexOf('ITD:s kommentar');
    expect(chapter[comment]!.style).toBe('Heading2');
    expect(texts.slice(comment + 1, comment + 3)).toEqual([
      'Spridningen mellan förvaltningarna är fortsatt stor.',
      'ITD prioriterar IT-juridik under 2027.',
    ]);
    // The trend chart is given as its table, with a caption saying so.
    const trend = texts.indexOf(sv('status.table.trend'));
    expect(chapter[trend]!.style).toBe('Heading2');
    expect(texts[trend + 1]).toBe('Diagrammet visas som tabell.');
    const trendHeader = chapter[trend + 2]!;
    expect(trendHeader.text).toBe(
      `${sv('status.table.trend.round')} | ${sv('status.table.trend.median')}`,
    );
    expect(trendHeader.xml).toContain('<w:tblHeader/>');
    expect(trendHeader.xml).toContain('<w:b/>');
    expect(texts).toContain('2026-K3 | 2,4');
  });

  it('writes numbers in Swedish, right-aligned, and empty cells as a dash', async () => {
    const { blocks } = await readDocument(makePlanEdition());
    expect(rowOf(blocks, `${sv('capacity.figure.largestShortfall')} |`)!.text).toMatch(
      /3,5 årsarbetare$/,
    );
    const test = rowOf(blocks, 'Test | 2027')!;
    expect(test.text).toBe(`Test | 2027 | ${formatPlanValue('sv', 1250, 'tkr')}`);
    expect(test.text).toMatch(/1\s250$/);
    expect(test.xml).toContain('<w:jc w:val="right"/>');
    expect(rowOf(blocks, 'IT-juridik | 2027')!.text).toBe('IT-juridik | 2027 | –');
  });

  it('is an A4 document with page numbers and a table of contents Word can update', async () => {
    const { zip, xml } = await readDocument(makePlanEdition());
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o/);
    const footers = zip.file(/word\/footer\d*\.xml/);
    const footer = await footers[0]!.async('string');
    expect(footer).toContain('Sida ');
    expect(footer).toContain('PAGE');
    expect(xml).not.toContain('<w:txbxContent');
  });
});

describe('the demo city’s plan as a Word file', () => {
  let handle: DatabaseHandle;
  // The demo city is read on its own day, 30 November 2026.
  const moment = {
    now: new Date('2026-11-30T10:00:00Z'),
    asOf: { today: '2026-11-30', fixed: true },
  };
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedDemoPlan(handle.db, 'malmo');
  });
  afterAll(() => handle.close());

  it('holds the chapters, its basis and why chapter 1 waits, and its key figures', async () => {
    const edition = await readPlanEdition(handle.db, 'malmo', 2027, moment);
    const { blocks } = await readDocument(edition);
    const headings = blocks.filter((b) => b.style === 'Heading1').map((b) => b.text);
    expect(headings).toEqual([
      'Svarar planen på frågorna?',
      ...PLAN_CHAPTER_KEYS.map((key, i) => `${i + 1} ${sv(`${key}.title`)}`),
    ]);
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('Bygger på bedömningsomgång 2026-K3, stängd 2026-09-30.');
    expect(texts).toContain('Planen bygger på bedömningsomgång 2026-K3, stängd 2026-09-30.');
    expect(texts).toContain(sv('comparison.sameBasis', { year: '2026', round: '2026-K3' }));
    expect(texts).toContain('Jämförs med den fastställda planen för 2026.');
    // The figures are the register's own: 16 benefits, as the /nyttor page counts them.
    expect(texts.some((t) => t.startsWith('Av 16 planerade nyttor'))).toBe(true);
  });

  it('says who published the frozen edition and when', async () => {
    const edition = await readPlanEdition(handle.db, 'malmo', 2026, moment);
    const { blocks } = await readDocument(edition);
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain('Fastställd 2026-10-13 av Ida Ledning (ITD)');
    expect(texts).toContain('Bygger på bedömningsomgång 2026-K3, stängd 2026-09-30.');
    expect(texts).toContain(
      'Poängen är från bedömningsomgång 2026-K3. En faktor som fick sin första poäng senare kommer med när nästa omgång har stängts. Ägare, åtgärder och status läses som de står 2026-10-13.',
    );
  });
});
