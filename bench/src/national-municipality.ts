/** The shapes the national generators share: a round, and one municipality's parent rows. */

export interface NationalRound {
  code: string;
  startsOn: string;
  endsOn: string;
}

/** The parent rows of one municipality, with the ids the big tables point at. */
export interface Municipality {
  index: number;
  organisationId: number;
  unitIds: number[];
  capabilityIds: number[];
  roundIds: number[];
  rounds: NationalRound[];
}
