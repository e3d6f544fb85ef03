import { readFile, writeFile } from 'node:fs/promises';
import type { BenchMode } from './context';
import type { RatioSummary } from './measure';

/** One row of RESULTS.md: a measured ratio against its target, with the figures behind it. */
export interface TargetResult {
  /** The numbering: '1a', '1b', '2', … */
  id: string;
  title: string;
  /** e.g. '≤ 0.02' or '≥ 0.7'. */
  target: string;
  ratio: RatioSummary | null;
  met: boolean;
  /** Further figures in plain words: absolute medians, p50/p99, rows per second, memory. */
  details: string[];
}

export interface BenchRun {
  mode: BenchMode;
  command: string;
  startedAt: string;
  seconds: number;
  machine: string;
  results: TargetResult[];
}

function formatRatio(r: RatioSummary | null): string {
  if (!r) return '–';
  const digits = r.median < 0.1 ? 4 : 2;
  return `${r.median.toFixed(digits)} (${r.min.toFixed(digits)}–${r.max.toFixed(digits)}, ${r.rounds} ${r.rounds === 1 ? 'round' : 'rounds'})`;
}

export function renderRun(run: BenchRun): string {
  const lines = [
    `## ${run.mode === 'quick' ? 'Quick mode' : 'National mode'}`,
    '',
    `Command: \`${run.command}\` · started ${run.startedAt} · took ${Math.round(run.seconds)} s`,
    `Machine: ${run.machine}`,
    '',
    '| # | What | Target | Median ratio (min–max) | Met |',
    '|---|------|--------|------------------------|-----|',
    ...run.results.map(
      (r) =>
        `| ${r.id} | ${r.title} | ${r.target} | ${formatRatio(r.ratio)} | ${r.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...run.results.flatMap((r) => [
      `### ${r.id}. ${r.title}`,
      '',
      ...r.details.map((d) => `- ${d}`),
      '',
    ]),
  ];
  return lines.join('\n');
}

const marker = (mode: BenchMode, edge: 'start' | 'end') => `<!-- bench:${mode}:${edge} -->`;

/** Replaces this mode's section of RESULTS.md, keeping the hand-written text and the other mode's run. */
export async function writeRun(file: string, run: BenchRun): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '# Benchmark results\n');
  const start = marker(run.mode, 'start');
  const end = marker(run.mode, 'end');
  const section = `${start}\n${renderRun(run)}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + section + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}
