import type { CapacityBalanceView, NeedRecord, ScenarioComparisonView } from '@lagesbild/domain';
import { AREA_NAMES } from './area-names';
import type { ExportSheet } from './round-sheets';

const col = (header: string, width = 14) => ({ header, width });

const STATUS = {
  proposed: 'Föreslaget',
  accepted: 'Godkänt',
  declined: 'Avslaget',
  planned: 'Planerat',
  ongoing: 'Pågår',
  done: 'Klart',
} as const;
const CONSTRAINT = {
  legal: 'Juridik',
  procurement: 'Upphandling',
  competence: 'Kompetens',
  budget: 'Budget',
} as const;

/** Q2 as tables with Swedish headers: the register, the scenarios per year, staffing, capacity. */
export function buildPlanningSheets(
  needs: readonly NeedRecord[],
  comparison: ScenarioComparisonView,
  balance: CapacityBalanceView,
): ExportSheet[] {
  const capabilityName = new Map(comparison.capabilities.map((c) => [c.code, c.name]));
  const unitName = new Map(balance.units.map((u) => [u.slug, u.name]));
  const scenarios = comparison.scenarios;
  return [
    {
      key: 'behov',
      title: 'Investeringsbehov',
      columns: [
        col('Kod', 30),
        col('Behov', 40),
        col('Status'),
        col('Prioritet'),
        col('Risk'),
        col('Ägare', 30),
        col('Planerad start'),
        col('År'),
        col('Engångskostnad totalt (tkr)'),
        col('Engångskostnad per år (tkr)', 20),
        col('Driftkonsekvens per år (tkr)'),
        col('Nytta per år (tkr)', 20),
        col('Förmågor och lyft', 40),
        col('Årsarbetare', 40),
        col('Bygger på', 30),
        col('Restriktioner', 40),
        col('Beslutsskäl', 30),
      ],
      rows: needs.map((n) => [
        n.code,
        n.title,
        STATUS[n.status],
        n.priority,
        n.risk,
        n.ownerUnits.map((u) => unitName.get(u) ?? u).join(', '),
        n.plannedStart,
        n.durationYears,
        n.oneOffTkr.reduce((s, v) => s + v, 0),
        n.oneOffTkr.join(' / '),
        n.operatingTkr,
        n.benefitTkr.join(' / '),
        n.capabilities
          .map((c) => `${capabilityName.get(c.capabilityCode) ?? c.capabilityCode} +${c.lift}`)
          .join(', '),
        n.fte
          .map(
            (f) =>
              `${AREA_NAMES[f.area]} år ${f.yearIndex + 1}: ${String(f.fte).replace('.', ',')}`,
          )
          .join(', '),
        n.dependsOn.join(', '),
        n.constraints.map((c) => `${CONSTRAINT[c.kind]}: ${c.note}`).join('; '),
        n.decisionReason,
      ]),
    },
    {
      key: 'scenarier',
      title: 'Scenarier per år',
      columns: [
        col('Scenario', 16),
        col('År'),
        col('Investering (tkr)'),
        col('Driftkonsekvenser (tkr)'),
        col('Nyttor (tkr)'),
        col('Netto (tkr)'),
        col('Ackumulerat netto (tkr)'),
        col('Budgetram (tkr)'),
        col('Över ramen'),
        col('Årsarbetare som krävs'),
        col('Bemanningen räcker'),
      ],
      rows: scenarios.flatMap((s) =>
        s.outcome.years.map((y) => {
          const staffing = s.outcome.staffing.find((v) => v.year === y.year);
          return [
            s.scenario.name,
            y.year,
            y.investmentTkr,
            y.operatingTkr,
            y.benefitTkr,
            y.netTkr,
            y.cumulativeNetTkr,
            y.frameTkr,
            y.overFrame,
            staffing?.demandFte ?? null,
            staffing?.feasible ?? null,
          ];
        }),
      ),
    },
    {
      key: 'tidslinje',
      title: 'Tidslinje',
      columns: [col('Scenario', 16), col('Behov', 40), col('Start'), col('Klart')],
      rows: scenarios.flatMap((s) =>
        s.outcome.timeline.map((t) => [s.scenario.name, t.title, t.startYear, t.completionYear]),
      ),
    },
    {
      key: 'avvagningar',
      title: 'Avvägningar',
      columns: [
        col('Scenario', 16),
        col('Behov som inte är med', 40),
        col('Skäl', 40),
        col('Investering (tkr)'),
        col('Nyttor (tkr)'),
        col('Lyft (nivåer)'),
      ],
      rows: scenarios.flatMap((s) =>
        s.outcome.tradeOffs.map((o) => [
          s.scenario.name,
          o.title,
          o.reason,
          o.investmentTkr,
          o.benefitTkr,
          o.lift,
        ]),
      ),
    },
    {
      key: 'mognad',
      title: 'Förväntad mognad',
      columns: [col('Scenario', 16), col('Förmåga', 36), col('År'), col('Nivå')],
      rows: scenarios.flatMap((s) =>
        s.outcome.maturity.capabilities.flatMap((c) =>
          c.levels.map((l) => [
            s.scenario.name,
            capabilityName.get(c.capabilityCode) ?? c.capabilityCode,
            l.year,
            l.level,
          ]),
        ),
      ),
    },
    {
      key: 'omradesmognad',
      title: 'Mognad per område',
      columns: [
        col('Område', 28),
        col('Omgång'),
        col('Nivå i omgången'),
        ...scenarios.map((s) => col(`${s.scenario.name} ${comparison.horizon.to}`)),
      ],
      rows: comparison.areas.map((area) => {
        const of = (s: (typeof scenarios)[number]) =>
          s.outcome.maturity.areas.find((a) => a.areaCode === area.code);
        return [
          area.name,
          comparison.baselineRound,
          scenarios[0] ? (of(scenarios[0])?.today ?? null) : null,
          ...scenarios.map((s) => of(s)?.levels.at(-1)?.level ?? null),
        ];
      }),
    },
    {
      key: 'kapacitet',
      title: 'Kapacitet mot efterfrågan',
      columns: [
        col('Kompetensområde', 28),
        col('År'),
        col('Tillgång (årsarbetare)'),
        col('Förvaltningarnas behov'),
        col('Balans'),
        col('Underskott'),
        col('Omgång'),
      ],
      rows: balance.cells.map((c) => [
        AREA_NAMES[c.area],
        c.year,
        c.supplyFte,
        c.unitDemandFte,
        c.balanceFte,
        c.shortfallFte,
        balance.baselineRound,
      ]),
    },
    {
      key: 'baskrav',
      title: 'Baskrav mot nivå',
      columns: [
        col('Förmåga', 36),
        col('Område', 24),
        col('Nivåer som saknas'),
        col('Största gap'),
        col('Förvaltningar under baskravet', 50),
        col('Utan bedömd nivå', 40),
        col('Omgång'),
      ],
      rows: balance.requirementGaps.map((g) => [
        g.capabilityName,
        g.areaName,
        g.totalGap,
        g.maxGap,
        g.unitsBelow.map((u) => unitName.get(u) ?? u).join(', '),
        g.unitsUnknown.map((u) => unitName.get(u) ?? u).join(', '),
        balance.baselineRound,
      ]),
    },
  ];
}
