import {
  COVERAGE_QUESTIONS,
  formatPlanText,
  type CoverageResult,
  type PlanChapter,
  type PlanEdition,
} from '@lagesbild/domain';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TableOfContents,
  TextRun,
} from 'docx';
import {
  writeFigures,
  writeHeading,
  writeParagraph,
  writeParagraphs,
  writePlanTable,
  writeTable,
} from './plan-docx-blocks';
import { DOCX_TEXTS, formatIsoDate } from './plan-docx-texts';

type Block = Paragraph | Table | TableOfContents;

/** A4 in twips, with 25 mm margins: the city's papers are printed on A4. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1417;

const QUESTION_TEXT = new Map<string, string>(COVERAGE_QUESTIONS.map((q) => [q.id, q.text]));

/** Title, organisation, whether the text is a draft or what was decided, and the data it reads. */
function writeTitlePage(edition: PlanEdition): Block[] {
  const { content } = edition;
  const status =
    edition.status === 'published' && edition.publishedAt
      ? DOCX_TEXTS.published(formatIsoDate(edition.publishedAt), edition.publishedBy ?? '')
      : DOCX_TEXTS.draft(formatIsoDate(content.generatedAt));
  const blocks: Block[] = [
    new Paragraph({ text: DOCX_TEXTS.title(edition.year), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: content.organisationName, size: 28 })] }),
    new Paragraph({
      children: [new TextRun({ text: status, bold: true })],
      spacing: { after: 120 },
    }),
    writeParagraph(
      content.roundCode
        ? DOCX_TEXTS.basedOnRound(content.roundCode, content.basisClosedOn)
        : DOCX_TEXTS.noRound,
    ),
  ];
  if (content.previousYear !== null) {
    blocks.push(writeParagraph(DOCX_TEXTS.previousEdition(content.previousYear)));
  }
  blocks.push(
    new Paragraph({ text: DOCX_TEXTS.contents, heading: HeadingLevel.HEADING_2 }),
    new TableOfContents(DOCX_TEXTS.contents, { hyperlink: true, headingStyleRange: '1-1' }),
  );
  return blocks;
}

/** What is still missing for a sub-question, and from whom, in the catalogue's words. */
function writeMissing(result: CoverageResult): string {
  if (result.missing.length === 0) return DOCX_TEXTS.nothingMissing;
  return result.missing
    .map(
      (m) =>
        `${formatPlanText('sv', `coverage.missing.${m.what}`)} – ${formatPlanText('sv', `coverage.who.${m.who}`)}`,
    )
    .join('; ');
}

/** The coverage panel: every question of the reservation, how far the data answers it, and what is missing. */
function writeCoverage(edition: PlanEdition): Block[] {
  const { coverage, coverageSummary } = edition.content;
  const { answered, partly, unanswered } = coverageSummary.counts;
  return [
    new Paragraph({
      text: DOCX_TEXTS.coverageHeading,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    writeParagraph(DOCX_TEXTS.coverageIntro),
    writeParagraph(DOCX_TEXTS.coverageCounts(answered, partly, unanswered)),
    writeTable(
      DOCX_TEXTS.coverageColumns,
      coverage.map((r) => [
        DOCX_TEXTS.question[r.questionId],
        QUESTION_TEXT.get(r.id) ?? r.id,
        formatPlanText('sv', `coverage.status.${r.status}`),
        formatPlanText('sv', `coverage.rule.${r.rule.key}`),
        writeMissing(r),
      ]),
    ),
  ];
}

/** One chapter: numbered heading, key figures, the generated text, ITD's comment, then its tables. */
function writeChapter(chapter: PlanChapter, index: number, narrative: string | undefined): Block[] {
  const title = formatPlanText('sv', `${chapter.key}.title`);
  const blocks: Block[] = [
    new Paragraph({
      text: `${index + 1} ${title}`,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
  ];
  if (chapter.figures.length > 0) blocks.push(writeFigures(chapter.key, chapter.figures));
  for (const s of chapter.statements) {
    blocks.push(writeParagraph(formatPlanText('sv', s.key, s.values)));
  }
  if (narrative && narrative.trim().length > 0) {
    blocks.push(
      writeHeading(DOCX_TEXTS.narrativeHeading, 'HEADING_2'),
      ...writeParagraphs(narrative),
    );
  }
  for (const table of chapter.tables) blocks.push(...writePlanTable(chapter.key, table));
  return blocks;
}

function writeFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [DOCX_TEXTS.footerPage, PageNumber.CURRENT] })],
      }),
    ],
  });
}

/**
 * The edition as a Word document a clerk can edit into the board's papers: real headings (so Word's navigation
 * and table of contents work), real tables with repeating header rows, no text boxes. Swedish only.
 */
export async function renderPlanDocx(edition: PlanEdition): Promise<Buffer> {
  const chapters = edition.content.chapters.flatMap((chapter, i) =>
    writeChapter(chapter, i, edition.narratives[chapter.key]),
  );
  const document = new Document({
    title: DOCX_TEXTS.title(edition.year),
    creator: 'Lägesbild',
    description: edition.content.organisationName,
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: 'sv-SE' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        footers: { default: writeFooter() },
        children: [...writeTitlePage(edition), ...writeCoverage(edition), ...chapters],
      },
    ],
  });
  return Packer.toBuffer(document);
}
