/** The ids the demo's insight writers (AI, benefits, factors, strengths) look rows up by. */
export interface InsightIds {
  organisationId: number;
  unitIds: ReadonlyMap<string, number>;
  capabilityIds: ReadonlyMap<string, number>;
  needIds: ReadonlyMap<string, number>;
  /** Every round by code, the open one included. */
  roundIds: ReadonlyMap<string, number>;
}
