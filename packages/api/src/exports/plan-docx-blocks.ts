import {
  formatPlanFigure,
  formatPlanText,
  formatPlanValue,
  isNumericUnit,
  type PlanChapterKey,
  type PlanFigure,
  type PlanTable,
} from '@lagesbild/domain';
import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCX_TEXTS } from './plan-docx-texts';

export function writeParagraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
}

export function writeHeading(text: string, heading: 'HEADING_1' | 'HEADING_2'): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel[heading], keepNext: true });
}

/** Several paragraphs from a text with blank lines between them, as ITD typed it. */
export function writeParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const lines = part.split('\n');
      return new Paragraph({
        children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
        spacing: { after: 120 },
      });
    });
}

function writeCell(text: string, options: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold })],
      }),
    ],
  });
}

/**
 * A real Word table at full width: a bold header row Word repeats on every page the table spans, rows that do
 * not break across pages, numbers right-aligned.
 */
export function writeTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[] = [],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => writeCell(h, { bold: true, right: rightAligned[i] })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => writeCell(text, { right: rightAligned[i] })),
          }),
      ),
    ],
  });
}

/** A chapter's key figures as a small two-column table: what, and how much. */
export function writeFigures(chapter: PlanChapterKey, figures: readonly PlanFigure[]): Table {
  return writeTable(
    DOCX_TEXTS.figureColumns,
    figures.map((f) => [formatPlanText('sv', f.key), formatPlanFigure('sv', f.value, f.unit)]),
    [false, true],
  );
}

/** A chapter's table under its title; a chart is given as its table, and the caption says so. */
export function writePlanTable(chapter: PlanChapterKey, table: PlanTable): (Paragraph | Table)[] {
  const titleKey = table.key;
  const blocks: (Paragraph | Table)[] = [writeHeading(formatPlanText('sv', titleKey), 'HEADING_2')];
  if (table.chart) blocks.push(writeParagraph(DOCX_TEXTS.chartCaption));
  if (table.rows.length === 0) {
    blocks.push(writeParagraph(DOCX_TEXTS.emptyTable));
    return blocks;
  }
  blocks.push(
    writeTable(
      table.columns.map((c) => formatPlanText('sv', `${titleKey}.${c.key}`)),
      table.rows.map((row) =>
        table.columns.map((c, i) => formatPlanValue('sv', row[i] ?? null, c.unit)),
      ),
      table.columns.map((c) => isNumericUnit(c.unit)),
    ),
  );
  return blocks;
}
