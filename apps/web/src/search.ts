import {
  flag,
  matching,
  oneOf,
  rawString,
  searchParams,
  text,
  year,
  type SearchOf,
} from './search-params';

// Hand-written readers (see search-params.ts) keep zod off the first route. The patterns mirror
// roundCodeSchema and slugSchema in @lagesbild/domain; a test keeps them in step.
export const ROUND_CODE = /^\d{4}-[A-Z]\d$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const roundCode = matching(ROUND_CODE);
const slug = matching(SLUG);

/** `omgang`: the round code; absent means the latest round. */
export const roundSearchSchema = searchParams({ omgang: roundCode });

/** `grund`: which rating the figures read; absent means validated where it exists. */
export const BASIS_PARAMS = { sjalv: 'self', validerad: 'validated' } as const;

/** Overview filters: round, area (`omrade`), a highlighted unit (`enhet`) and the basis (`grund`). */
export const overviewSearchSchema = searchParams({
  omgang: roundCode,
  omrade: slug,
  enhet: slug,
  grund: oneOf(['sjalv', 'validerad']),
});

export type RoundSearch = SearchOf<typeof roundSearchSchema>;
export type OverviewSearch = SearchOf<typeof overviewSearchSchema>;

/** The outcomes the audit log records, as `utfall` takes them. */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Audit log filters: action (`handelse`), outcome (`utfall`) and who (`vem`, part of a name or e-mail). */
export const auditSearchSchema = searchParams({
  handelse: text(200),
  utfall: oneOf(AUDIT_OUTCOMES),
  vem: text(200),
});

export type AuditSearch = SearchOf<typeof auditSearchSchema>;

export const SIGN_IN_ERRORS = ['oidc', 'behorighet', 'inaktiverad'] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

/**
 * `till`: where to go after signing in; checked again before it is followed (see return-path.ts).
 * `fel`: why the server sent the browser back from the identity provider (unknown codes are dropped).
 */
export const signInSearchSchema = searchParams({
  till: rawString(2000),
  fel: oneOf(SIGN_IN_ERRORS),
});

export type SignInSearch = SearchOf<typeof signInSearchSchema>;

/** The roles a user can have, as `roll` takes them. */
export const USER_ROLES = ['itd', 'reporter', 'viewer'] as const;

/** User administration filters: free text (`sok`, part of a name or e-mail) and role (`roll`). */
export const usersSearchSchema = searchParams({
  sok: text(200),
  roll: oneOf(USER_ROLES),
});

export type UsersSearch = SearchOf<typeof usersSearchSchema>;

/** A unit's report state, as `status` takes it on the rounds page. */
export const REPORT_STATES = ['notStarted', 'draft', 'submitted', 'validated', 'returned'] as const;
export type ReportStateFilter = (typeof REPORT_STATES)[number];

/** Rounds and progress: the round (`omgang`, default the open or latest one) and a state filter. */
export const roundsSearchSchema = searchParams({
  omgang: roundCode,
  status: oneOf(REPORT_STATES),
});

export type RoundsSearch = SearchOf<typeof roundsSearchSchema>;

/** Which capabilities the review shows: all, only differences from the self-rating, or unvalidated. */
export const REVIEW_FILTERS = ['avvikelser', 'ovaliderade'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const reviewSearchSchema = searchParams({
  visa: oneOf(REVIEW_FILTERS),
});

export type ReviewSearch = SearchOf<typeof reviewSearchSchema>;

/** Planning views: the horizon (`fran`, `till`, default 2026–2030) and a chosen scenario. */
export const planningSearchSchema = searchParams({
  fran: year,
  till: year,
  scenario: slug,
});

export type PlanningSearch = SearchOf<typeof planningSearchSchema>;

/**
 * The states of an investment need, as `status` takes them (the domain's list; a test checks). This
 * module is on the first route: importing the lists from @lagesbild/domain pulls zod into it and
 * breaks the bundle budget, so these few stay copied here.
 */
export const NEED_STATUSES = [
  'proposed',
  'accepted',
  'declined',
  'planned',
  'ongoing',
  'done',
] as const;
/** The register's sortable columns, as `sortera` takes them. */
export const NEED_SORTS = ['prioritet', 'titel', 'start', 'kostnad', 'status'] as const;

/** The register of needs: status, owner unit (`enhet`), free text (`sok`) and sort order. */
export const needsSearchSchema = searchParams({
  status: oneOf(NEED_STATUSES),
  enhet: slug,
  sok: text(200),
  sortera: oneOf(NEED_SORTS),
  fallande: flag,
});

export type NeedsSearch = SearchOf<typeof needsSearchSchema>;

/** The phases of nyttorealisering as `fas` takes them; a test keeps them in step with the domain. */
export const BENEFIT_PHASES = [
  'identifiera',
  'specificera',
  'planera',
  'realisera',
  'folja-upp',
] as const;

/** Benefit filters: board (`namnd`, its name), unit (`enhet`) and phase (`fas`). */
export const benefitsSearchSchema = searchParams({
  namnd: text(200),
  enhet: slug,
  fas: oneOf(BENEFIT_PHASES),
});

export type BenefitsSearch = SearchOf<typeof benefitsSearchSchema>;

/** Critical factor filters: kind (`typ`) and status; a test keeps them in step with the domain. */
export const FACTOR_KINDS = ['success', 'risk'] as const;
export const FACTOR_STATUSES = ['open', 'mitigating', 'closed'] as const;

export const factorsSearchSchema = searchParams({
  typ: oneOf(FACTOR_KINDS),
  status: oneOf(FACTOR_STATUSES),
});

export type FactorsSearch = SearchOf<typeof factorsSearchSchema>;

/** AI use-case filters: unit (`enhet`) and status; a test keeps the states in step with the domain. */
export const AI_STATUSES = ['idea', 'pilot', 'production'] as const;

export const aiSearchSchema = searchParams({
  enhet: slug,
  status: oneOf(AI_STATUSES),
});

export type AiSearch = SearchOf<typeof aiSearchSchema>;
