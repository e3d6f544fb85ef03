import type { RoundExport } from '@lagesbild/db/repositories';

type Cell = string | number | boolean | null;

export interface ExportSheet {
  /** The `tabell` of a CSV download and the sheet's name in a workbook. */
  key: string;
  title: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

const confidenceNames = { low: 'Låg', medium: 'Medel', high: 'Hög' } as const;
const stateNames = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  validated: 'Validerad',
  returned: 'Återsänd',
} as const;

const col = (header: string, width = 14) => ({ header, width });

/** A round's data as tables with Swedish headers: the same tables in CSV and in XLSX. */
export function buildRoundSheets(data: RoundExport): ExportSheet[] {
  return [
    {
      key: 'bedomningar',
      title: 'Bedömningar',
      columns: [
        col('Enhet', 22),
        col('Område', 22),
        col('Förmåga', 28),
        col('Självskattning'),
        col('Validerad nivå'),
        col('Ej tillämplig'),
        col('Målnivå'),
        col('Målår'),
        col('Säkerhet'),
        col('Evidens', 40),
        col('Länk', 30),
        col('Evidensens ägare', 20),
        col('Evidensens datum'),
        col('Kommentar', 40),
        col('ITD:s motivering', 40),
        col('Bekräftad'),
        col('Version'),
        col('Senast ändrad av', 24),
      ],
      rows: data.assessments.map((a) => [
        a.unitName,
        a.area,
        a.capabilityName,
        a.selfRating,
        a.validatedRating,
        a.notApplicable,
        a.targetLevel,
        a.targetYear,
        a.confidence ? confidenceNames[a.confidence] : null,
        a.evidenceText,
        a.evidenceLink,
        a.evidenceOwner,
        a.evidenceDate,
        a.comment,
        a.validationComment,
        a.confirmed,
        a.version,
        a.updatedBy,
      ]),
    },
    {
      key: 'inlamningar',
      title: 'Inlämningar',
      columns: [
        col('Enhet', 22),
        col('Status'),
        col('Inskickad', 22),
        col('Inskickad av', 24),
        col('Validerad', 22),
        col('Validerad av', 24),
      ],
      rows: data.submissions.map((s) => [
        s.unit,
        stateNames[s.status],
        s.submittedAt,
        s.submittedBy,
        s.validatedAt,
        s.validatedBy,
      ]),
    },
    {
      key: 'planeringskapacitet',
      title: 'Planeringskapacitet',
      columns: [col('Enhet', 22), col('Planeringskapacitet (åa)', 22)],
      rows: data.planning.map((p) => [p.unit, p.planningFte]),
    },
    {
      key: 'kompetens',
      title: 'Kompetens',
      columns: [col('Enhet', 22), col('Kompetensområde', 26), col('Årsarbetare'), col('Egen nivå')],
      rows: data.competences.map((c) => [c.unit, c.area, c.fte, c.level]),
    },
    {
      key: 'behov',
      title: 'Behov av ITD-stöd',
      columns: [col('Enhet', 22), col('Kompetensområde', 26), col('År'), col('Årsarbetare')],
      rows: data.demand.map((d) => [d.unit, d.area, d.year, d.fte]),
    },
    {
      key: 'baskrav',
      title: 'Baskrav',
      columns: [col('Enhet', 22), col('Förmåga', 28), col('Krävd nivå')],
      rows: data.baseRequirements.map((b) => [b.unit, b.capability, b.requiredLevel]),
    },
  ];
}
