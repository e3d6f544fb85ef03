export interface RequirementFact {
  unitSlug: string;
  capabilityCode: string;
  requiredLevel: number;
  /** ITD's validated level in the latest round; null when not yet validated. */
  validatedLevel: number | null;
}

export interface CapabilityRequirementGap {
  capabilityCode: string;
  /** Units whose validated level is below what their operations require. */
  unitsBelow: string[];
  /** Levels missing, summed over the units below. */
  totalGap: number;
  maxGap: number;
  /** Units that set a requirement but have no validated level to compare with. */
  unitsUnknown: string[];
}

/**
 * Where operations are most held back: per capability, how far validated levels fall short of the
 * units' base requirements, largest total first.
 */
export function rankRequirementGaps(facts: readonly RequirementFact[]): CapabilityRequirementGap[] {
  const byCapability = new Map<string, CapabilityRequirementGap>();
  for (const f of facts) {
    const row = byCapability.get(f.capabilityCode) ?? {
      capabilityCode: f.capabilityCode,
      unitsBelow: [],
      totalGap: 0,
      maxGap: 0,
      unitsUnknown: [],
    };
    byCapability.set(f.capabilityCode, row);
    if (f.validatedLevel === null) {
      row.unitsUnknown.push(f.unitSlug);
      continue;
    }
    const gap = f.requiredLevel - f.validatedLevel;
    if (gap <= 0) continue;
    row.unitsBelow.push(f.unitSlug);
    row.totalGap += gap;
    row.maxGap = Math.max(row.maxGap, gap);
  }
  return [...byCapability.values()]
    .filter((r) => r.totalGap > 0 || r.unitsUnknown.length > 0)
    .sort(
      (a, b) =>
        b.totalGap - a.totalGap ||
        b.unitsBelow.length - a.unitsBelow.length ||
        a.capabilityCode.localeCompare(b.capabilityCode),
    );
}
