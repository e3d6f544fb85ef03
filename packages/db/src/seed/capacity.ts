import { COMPETENCE_AREAS, type CapacityReport, type CompetenceArea } from '@lagesbild/domain';
import type { Unit } from '@lagesbild/domain';
import type { CapabilitySeed } from './capability-seed';
import { createRandom } from './prng';

export interface CapacitySeed {
  roundCode: string;
  unitSlug: string;
  report: CapacityReport;
}

/** The years units state their demand for ITD's support: the plan's horizon. */
export const DEMAND_YEARS = [2026, 2027, 2028, 2029, 2030] as const;

// ITD's own people per competence area: the city's shared capacity.
const ITD_FTE: Record<CompetenceArea, number> = {
  systemforvaltning: 14,
  informationshantering: 4,
  arkitektur: 5,
  sakerhet: 4.5,
  'ai-och-data': 2,
  test: 1.5,
  'projekt-och-portfoljledning': 7,
  'it-juridik': 1,
};

// Few departments have their own AI, test or IT law people (the reservation's point): their share.
const SCARCE: Partial<Record<CompetenceArea, number>> = {
  'ai-och-data': 0.2,
  test: 0.2,
  'it-juridik': 0.1,
};

// How much of each area a department asks of ITD in 2026, and how fast that grows a year: the story
// is AI and data, architecture and security growing fastest, and testing that no one has enough of.
const DEMAND: Record<CompetenceArea, { base: number; growth: number }> = {
  systemforvaltning: { base: 0.8, growth: 0.03 },
  informationshantering: { base: 0.3, growth: 0.08 },
  arkitektur: { base: 0.35, growth: 0.12 },
  sakerhet: { base: 0.3, growth: 0.1 },
  'ai-och-data': { base: 0.15, growth: 0.35 },
  test: { base: 0.2, growth: 0.15 },
  'projekt-och-portfoljledning': { base: 0.4, growth: 0.05 },
  'it-juridik': { base: 0.1, growth: 0.1 },
};

// Operations that handle sensitive personal data require more of security and information handling.
const DEMANDING_AREAS = new Set(['digital-sakerhet', 'informationshantering', 'it-juridik']);

const roundFte = (n: number) => Math.round(n * 4) / 4;

/**
 * Capacity reports for the demo: every unit in the given rounds. The same numbers every run; a
 * unit's size scales its people and its demand, and each round grows demand a little.
 */
export function buildCapacityReports(
  units: readonly Unit[],
  capabilities: readonly CapabilitySeed[],
  roundCodes: readonly string[],
): CapacitySeed[] {
  return roundCodes.flatMap((roundCode, roundIndex) =>
    units.map((unit, unitIndex) => {
      const random = createRandom(7919 * (unitIndex + 1) + 104_729 * (roundIndex + 1));
      const isItd = unit.kind === 'itd';
      const size = isItd ? 1 : 0.6 + (unitIndex % 5) * 0.35;
      const competences = COMPETENCE_AREAS.map((area) => ({
        area,
        fte: isItd ? ITD_FTE[area] : roundFte(random.range(0, 2.5) * size * (SCARCE[area] ?? 1)),
        // ITD has started on AI and data but not on testing; a few departments rate themselves 3 in
        // AI or testing, most 1–2: the competence exists in places, not across the city.
        level: isItd
          ? area === 'test'
            ? 2
            : 3
          : area === 'test' || area === 'ai-och-data'
            ? random.int(1, 3)
            : random.int(1, 4),
      }));
      const demand = isItd
        ? []
        : COMPETENCE_AREAS.flatMap((area) =>
            DEMAND_YEARS.map((year, y) => ({
              area,
              year,
              fte: roundFte(
                DEMAND[area].base *
                  size *
                  (1 + DEMAND[area].growth) ** (y + roundIndex * 0.25) *
                  random.range(0.8, 1.2),
              ),
            })),
          );
      const baseRequirements = capabilities.map((c) => ({
        capabilityCode: c.code,
        requiredLevel: DEMANDING_AREAS.has(c.area) ? random.int(3, 4) : random.int(2, 3),
      }));
      return {
        roundCode,
        unitSlug: unit.slug,
        report: {
          planningFte: isItd ? 8 : roundFte(random.range(0.5, 2) * size),
          competences,
          demand,
          baseRequirements,
        },
      };
    }),
  );
}
