import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import {
  describeAreaMovement,
  describeHeatmap,
  describeSeries,
  type SpreadPoint,
} from './summaries';

const spread = (median: number, min: number, max: number) => ({
  n: 5,
  min,
  median,
  max,
  counts: [0, 0, 0, 0, 0],
});
const rounds = ['2025-K1', '2025-K2', '2025-K3'];
const series = (medians: (number | null)[]): SpreadPoint[] =>
  medians.map((m, i) => ({ roundCode: rounds[i]!, spread: m === null ? null : spread(m, 1, 4) }));

const areas = [
  { code: 'info', name: 'Informationshantering' },
  { code: 'test', name: 'Testverksamhet' },
  { code: 'jur', name: 'IT-juridik' },
];
const trends = [
  { areaCode: 'info', points: series([2.1, 2.4, 2.6]) },
  { areaCode: 'test', points: series([2.5, 2.5, 2]) },
  { areaCode: 'jur', points: series([3, 3, 3]) },
];

const tSv = i18n.getFixedT('sv');

describe('chart summaries', () => {
  it('says how an area moved, with Swedish decimals, and its spread in the round', () => {
    expect(describeSeries(tSv, 'Informationshantering', trends[0]!.points, '2025-K3')).toBe(
      'Informationshantering steg från 2,1 till 2,6 sedan 2025-K1; spridningen i 2025-K3 är 1,0\u2060–\u20604,0.',
    );
  });

  it('describes the series only up to the selected round', () => {
    expect(describeSeries(tSv, 'Testverksamhet', trends[1]!.points, '2025-K2')).toContain(
      'låg kvar på 2,5',
    );
  });

  it('says so when an area has no ratings', () => {
    expect(describeSeries(tSv, 'AI', series([null, null, null]), '2025-K3')).toBe(
      'AI har inga bedömningar ännu.',
    );
  });

  it('leads the overview with what rose, the biggest rise and what fell', () => {
    const lead = describeAreaMovement(tSv, areas, trends, '2025-K3');
    expect(lead).toContain('1 av 3');
    expect(lead).toContain('Informationshantering');
    expect(lead).toContain('2,1');
    expect(lead).toContain('Testverksamhet (2,5 → 2,0)');
  });

  it('names the weakest and strongest area of the heatmap and counts low cells', () => {
    const text = describeHeatmap(tSv, areas, trends, [1, 2, 2.5, 3, null], '2025-K3');
    expect(text).toContain('I 2025-K3 är Testverksamhet svagast (median 2,0)');
    expect(text).toContain('IT-juridik starkast (median 3,0)');
    expect(text).toContain('2 av 4');
  });
});

describe('in English', () => {
  afterAll(() => i18n.changeLanguage('sv'));
  it('speaks English with English decimals after the switch', async () => {
    await i18n.changeLanguage('en');
    const text = describeSeries(
      i18n.getFixedT('en'),
      'Testverksamhet',
      trends[1]!.points,
      '2025-K3',
    );
    expect(text).toContain('2.5');
    expect(text).not.toContain('2,5');
  });
});

describe('message catalogues', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('English has every Swedish text, and no extra', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
});
