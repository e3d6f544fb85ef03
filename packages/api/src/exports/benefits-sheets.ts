import { toPercent, type BenefitRegister, type RealisationSummary } from '@lagesbild/domain';
import type { ExportSheet } from './round-sheets';

const col = (header: string, width = 14) => ({ header, width });

const CATEGORY = {
  ekonomisk: 'Ekonomisk',
  'tid-resurser': 'Tid och resurser',
  kvalitet: 'Kvalitet',
  samhallsnytta: 'Samhällsnytta',
} as const;
const PHASE = {
  identifiera: 'Identifiera',
  specificera: 'Specificera',
  planera: 'Planera',
  realisera: 'Realisera',
  'folja-upp': 'Följa upp',
} as const;
const OWNER = { servicenamnden: 'Servicenämnden', kommunstyrelsen: 'Kommunstyrelsen' } as const;

/** A rate 0–1 as whole percent, empty before anything is measured. */
const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');

const summaryCells = (s: RealisationSummary) => [
  s.benefits,
  s.measured,
  toPercent(s.meanRate),
  s.realised,
  s.partly,
  s.none,
  s.overdue,
];

/** Q4 as tables with Swedish headers: benefits with realisation, measurements, actions, per board. */
export function buildBenefitSheets(register: BenefitRegister): ExportSheet[] {
  const { benefits, actions } = register;
  const titleOf = new Map(benefits.map((b) => [b.code, b.title]));
  return [
    {
      key: 'nyttor',
      title: 'Nyttor',
      columns: [
        col('Kod', 30),
        col('Nytta', 40),
        col('Investering', 40),
        col('Förvaltning', 30),
        col('Nämnd', 30),
        col('Kategori'),
        col('Mått', 40),
        col('Utgångsvärde'),
        col('Målvärde'),
        col('Måldatum'),
        col('Fas'),
        col('Uppföljning (mån)'),
        col('Senaste värde'),
        col('Realisering (%)'),
        col('Nästa uppföljning'),
        col('Försenad'),
      ],
      rows: benefits.map((b) => [
        b.code,
        b.title,
        b.need.title,
        b.unit.name,
        b.board,
        CATEGORY[b.category],
        b.metric,
        b.baseline,
        b.target,
        b.targetDate,
        PHASE[b.phase],
        b.followUpMonths,
        b.latestValue,
        toPercent(b.realisation),
        b.nextFollowUp,
        yesNo(b.overdue),
      ]),
    },
    {
      key: 'matningar',
      title: 'Mätningar',
      columns: [
        col('Kod', 30),
        col('Nytta', 40),
        col('Datum'),
        col('Värde'),
        col('Notering', 40),
        col('Registrerad av', 24),
      ],
      rows: benefits.flatMap((b) =>
        b.measurements.map((m) => [b.code, b.title, m.date, m.value, m.note, m.recordedBy]),
      ),
    },
    {
      key: 'atgarder',
      title: 'Åtgärder',
      columns: [
        col('Ägare', 20),
        col('Åtgärd', 50),
        col('Nytta', 40),
        col('Klart senast'),
        col('Klar'),
      ],
      rows: actions.map((a) => [
        OWNER[a.owner],
        a.description,
        titleOf.get(a.benefitCode) ?? a.benefitCode,
        a.dueDate,
        yesNo(a.done),
      ]),
    },
    {
      key: 'per-namnd',
      title: 'Per nämnd',
      columns: [
        col('Nämnd', 34),
        col('Nyttor'),
        col('Mätta'),
        col('Genomsnittlig realisering (%)', 20),
        col('Realiserade'),
        col('Delvis'),
        col('Inte påbörjade'),
        col('Försenade uppföljningar', 20),
      ],
      rows: [
        ...register.byBoard.map((g) => [g.board, ...summaryCells(g.summary)]),
        ['Hela staden', ...summaryCells(register.city)],
      ],
    },
  ];
}
