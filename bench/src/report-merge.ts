import { readFile, writeFile } from 'node:fs/promises';
import { renderRun, writeRun, type BenchRun } from './report';

const marker = (mode: string, edge: 'start' | 'end') => `<!-- bench:${mode}:${edge} -->`;
const ROW = /^\| ([^ |#-][^ |]*) \|/;
const HEADING = /^### ([^ ]+)\. /;

interface Section {
  head: string[];
  rows: Map<string, string>;
  blocks: Map<string, string[]>;
}

/** Splits a rendered section into its header, its table rows and its per-target blocks, by id. */
function parseSection(text: string): Section {
  const section: Section = { head: [], rows: new Map(), blocks: new Map() };
  let block: string[] | null = null;
  for (const line of text.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      block = [line];
      section.blocks.set(heading[1]!, block);
    } else if (block) {
      block.push(line);
    } else {
      const row = ROW.exec(line);
      if (row) section.rows.set(row[1]!, line);
      else section.head.push(line);
    }
  }
  return section;
}

/**
 * A run of some targets only (`--only`) replaces their rows and blocks in this mode's section and
 * keeps the rest from the last full run; each replaced block says which command and when.
 */
export async function mergeRun(file: string, run: BenchRun): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const start = marker(run.mode, 'start');
  const end = marker(run.mode, 'end');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return writeRun(file, run);
  const old = parseSection(text.slice(from + start.length + 1, to));
  const fresh = parseSection(renderRun(run));
  for (const [id, row] of fresh.rows) old.rows.set(id, row);
  for (const [id, block] of fresh.blocks) {
    const note = `- Run alone by \`${run.command}\` · started ${run.startedAt} · ${run.machine}`;
    old.blocks.set(id, [block[0]!, '', note, ...block.slice(2)]);
  }
  // The header ends with the table's two heading lines; the rows follow them.
  const head = old.head.join('\n').trimEnd();
  const body = [...old.blocks.values()].map((b) => b.join('\n').trimEnd()).join('\n\n');
  const section = `${start}\n${head}\n${[...old.rows.values()].join('\n')}\n\n${body}\n\n${end}`;
  await writeFile(file, text.slice(0, from) + section + text.slice(to + end.length));
}
