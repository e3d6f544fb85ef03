import type {
  AiCompetenceView,
  AiRegisterView,
  ReachShortfall,
  ReadinessDimension,
} from '@lagesbild/domain';
import { AREA_NAMES } from './area-names';
import type { ExportSheet } from './round-sheets';

const col = (header: string, width = 14) => ({ header, width });

const STATUS = { idea: 'Idé', pilot: 'Pilot', production: 'I drift' } as const;
export const DIMENSION_NAMES: Record<ReadinessDimension, string> = {
  data: 'data',
  legal: 'juridik',
  competence: 'kompetens',
  platform: 'plattform',
  testing: 'test',
};

const decimal = (n: number) => String(n).replace('.', ',');

/** A shortfall as the page writes it: "juridik 1 < 2", "insats 4 > 3". */
export function describeShortfall(s: ReachShortfall): string {
  if (s.kind === 'dimension') return `${DIMENSION_NAMES[s.dimension]} ${s.value} < ${s.required}`;
  if (s.kind === 'mean') return `medel ${decimal(s.value)} < ${decimal(s.required)}`;
  return `insats ${s.value} > ${s.allowed}`;
}

/** Q3 as tables with Swedish headers: the use cases with their reach, and competence per unit and round. */
export function buildAiSheets(
  register: AiRegisterView,
  competence: AiCompetenceView,
): ExportSheet[] {
  const { rule } = register;
  const ruleText = `Varje beredskap minst ${rule.minEach}, medel minst ${decimal(rule.minMean)}, insats högst ${rule.maxEffort}`;
  const fte = (c: AiCompetenceView['units'][number], area: string) =>
    c.areas.find((a) => a.area === area);
  return [
    {
      key: 'tillampningar',
      title: 'AI-tillämpningar',
      columns: [
        col('Kod', 30),
        col('Tillämpning', 40),
        col('Enhet', 30),
        col('Status'),
        col('Värde'),
        col('Insats'),
        col('Data'),
        col('Juridik'),
        col('Kompetens'),
        col('Plattform'),
        col('Test'),
        col('Medelberedskap'),
        col('Inom räckhåll'),
        col('Skäl', 40),
        col('Regel', 50),
        col('Bygger på', 40),
        col('Ändrad av', 24),
      ],
      rows: register.useCases.map((u) => [
        u.code,
        u.title,
        u.unit.name,
        STATUS[u.status],
        u.value,
        u.effort,
        u.readiness.data,
        u.readiness.legal,
        u.readiness.competence,
        u.readiness.platform,
        u.readiness.testing,
        u.reach.meanReadiness,
        u.reach.withinReach,
        u.reach.shortfalls.map(describeShortfall).join('; '),
        ruleText,
        u.dependsOnNeeds.map((n) => n.title).join('; '),
        u.updatedBy,
      ]),
    },
    {
      key: 'kompetens-per-enhet',
      title: 'Kompetens per enhet',
      columns: [
        col('Enhet', 30),
        col('Senaste omgång'),
        ...competence.missing.flatMap((m) => [
          col(`${AREA_NAMES[m.area]}, årsarbetare`, 18),
          col(`${AREA_NAMES[m.area]}, nivå`),
          col(`${AREA_NAMES[m.area]}, förändring årsarbetare`, 18),
          col(`${AREA_NAMES[m.area]}, saknas`),
        ]),
      ],
      rows: competence.units.map((u) => [
        u.name,
        u.roundCode,
        ...competence.missing.flatMap((m) => {
          const a = fte(u, m.area);
          return [a?.fte ?? null, a?.level ?? null, a?.fteChange ?? null, a?.missing ?? true];
        }),
      ]),
    },
    {
      key: 'kompetens-per-omgang',
      title: 'Kompetens per omgång',
      columns: [
        col('Omgång'),
        col('Område', 20),
        col('Årsarbetare'),
        col('Medelnivå'),
        col('Rapporter'),
      ],
      rows: competence.movement.map((m) => [
        m.roundCode,
        AREA_NAMES[m.area],
        m.fte,
        m.meanLevel,
        m.reports,
      ]),
    },
  ];
}
