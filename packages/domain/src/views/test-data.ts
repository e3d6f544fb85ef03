import type { AssessmentFact } from '../maturity/rollup';
import type { Round } from '../models/round';
import type { MaturityData } from './common';

// Three units (not in alphabetical order), two areas, four capabilities, three rounds.
// Each row: round, unit, then ai-strategi, ai-data, sak-incident, sak-behorighet;
// a number is a self-rating, 'na' not applicable, null unrated.
type Cell = number | null | 'na' | Partial<AssessmentFact>;
const CAPS = ['ai-strategi', 'ai-data', 'sak-incident', 'sak-behorighet'];
// prettier-ignore
const ROWS: [string, string, Cell[]][] = [
  ['2025-T3', 'stadskontoret', [1, 2, 3, 3]],
  ['2025-T3', 'serviceforvaltningen', [2, 2, 'na', 4]],
  ['2026-T1', 'stadskontoret', [{ selfRating: 3, validatedRating: 2 }, 3, 3, 4]],
  ['2026-T1', 'serviceforvaltningen', [{ selfRating: 3, validatedRating: 2 }, 4, 'na', 4]],
  ['2026-T1', 'fritidsforvaltningen', [1, 1, null, 2]],
  ['2026-T2', 'stadskontoret', [{ selfRating: 3, targetLevel: 4 }, 3, { selfRating: 4, targetLevel: 5 }, 4]],
  ['2026-T2', 'serviceforvaltningen', [{ selfRating: 3, targetLevel: 3 }, { selfRating: 3, validatedRating: 4, targetLevel: 5 }, { notApplicable: true, targetLevel: 3 }, 5]],
  ['2026-T2', 'fritidsforvaltningen', [{ selfRating: 1, targetLevel: 3 }, 1, { selfRating: 2, targetLevel: 4, targetYear: 2028 }, 3]],
];
const fields = (c: Cell) =>
  c === 'na' ? { notApplicable: true } : typeof c === 'number' ? { selfRating: c } : c;
const blank = {
  selfRating: null,
  validatedRating: null,
  notApplicable: false,
  targetLevel: null,
  targetYear: null,
};
export const data: MaturityData = {
  organisation: { slug: 'malmo', name: 'Malmö stad', isDemo: true, asOfDate: null },
  rounds: ['2025-T3', '2026-T1', '2026-T2'].map((code, i) => ({
    code,
    startsOn: `${code.slice(0, 4)}-01-01`,
    endsOn: `${code.slice(0, 4)}-12-31`,
    status: i === 2 ? 'open' : 'closed',
  })),
  areas: [
    { code: 'ai', name: 'AI' },
    { code: 'sakerhet', name: 'Digital säkerhet' },
  ],
  capabilities: CAPS.map((code) => ({
    code,
    name: code,
    description: '',
    areaCode: code.startsWith('ai') ? 'ai' : 'sakerhet',
  })),
  units: ['Stadskontoret', 'Serviceförvaltningen', 'Fritidsförvaltningen'].map((name) => ({
    slug: name.toLowerCase().replace('ö', 'o'),
    name,
    kind: 'department',
    board: name,
  })),
  facts: ROWS.flatMap(([roundCode, unitSlug, cells]) =>
    cells.map((c, i) => ({
      ...blank,
      roundCode,
      unitSlug,
      capabilityCode: CAPS[i]!,
      ...fields(c),
    })),
  ),
};
export const [T3, T1, T2] = data.rounds as [Round, Round, Round];
