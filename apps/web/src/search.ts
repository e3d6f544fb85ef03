import * as z from 'zod/mini';

// zod/mini keeps the first route small. The patterns mirror roundCodeSchema and slugSchema in
// @lagesbild/domain; importing those would pull full zod into the first chunk.
const ROUND_CODE = /^\d{4}-[A-Z]\d$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A bad value in a shared link is dropped, not an error: the page falls back to its default. */
const optional = (pattern: RegExp) =>
  z.catch(z.optional(z.string().check(z.regex(pattern), z.maxLength(80))), undefined);

/** `omgang`: the round code; absent means the latest round. */
export const roundSearchSchema = z.object({ omgang: optional(ROUND_CODE) });

/** Overview filters: round, area (`omrade`) and a highlighted unit (`enhet`). */
/** `grund`: which rating the figures read; absent means validated where it exists. */
export const BASIS_PARAMS = { sjalv: 'self', validerad: 'validated' } as const;

export const overviewSearchSchema = z.object({
  omgang: optional(ROUND_CODE),
  omrade: optional(SLUG),
  enhet: optional(SLUG),
  grund: z.catch(z.optional(z.enum(['sjalv', 'validerad'])), undefined),
});

export type RoundSearch = z.infer<typeof roundSearchSchema>;
export type OverviewSearch = z.infer<typeof overviewSearchSchema>;

/** The outcomes the audit log records, as `utfall` takes them. */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** A short free text from a link: trimmed, and dropped when empty or too long. */
const optionalText = (max: number) =>
  z.catch(
    z.pipe(
      z.optional(z.string().check(z.trim(), z.maxLength(max))),
      z.transform((v) => v || undefined),
    ),
    undefined,
  );

/** Audit log filters: action (`handelse`), outcome (`utfall`) and who (`vem`, part of a name or e-mail). */
export const auditSearchSchema = z.object({
  handelse: optionalText(200),
  utfall: z.catch(z.optional(z.enum(AUDIT_OUTCOMES)), undefined),
  vem: optionalText(200),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;

export const SIGN_IN_ERRORS = ['oidc', 'behorighet', 'inaktiverad'] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

/**
 * `till`: where to go after signing in; checked again before it is followed (see return-path.ts).
 * `fel`: why the server sent the browser back from the identity provider (unknown codes are dropped).
 */
export const signInSearchSchema = z.object({
  till: z.catch(z.optional(z.string().check(z.maxLength(2000))), undefined),
  fel: z.catch(z.optional(z.enum(SIGN_IN_ERRORS)), undefined),
});

export type SignInSearch = z.infer<typeof signInSearchSchema>;

/** The roles a user can have, as `roll` takes them. */
export const USER_ROLES = ['itd', 'reporter', 'viewer'] as const;

/** User administration filters: free text (`sok`, part of a name or e-mail) and role (`roll`). */
export const usersSearchSchema = z.object({
  sok: optionalText(200),
  roll: z.catch(z.optional(z.enum(USER_ROLES)), undefined),
});

export type UsersSearch = z.infer<typeof usersSearchSchema>;

/** A unit's report state, as `status` takes it on the rounds page. */
export const REPORT_STATES = ['notStarted', 'draft', 'submitted', 'validated', 'returned'] as const;
export type ReportStateFilter = (typeof REPORT_STATES)[number];

/** Rounds and progress: the round (`omgang`, default the open or latest one) and a state filter. */
export const roundsSearchSchema = z.object({
  omgang: optional(ROUND_CODE),
  status: z.catch(z.optional(z.enum(REPORT_STATES)), undefined),
});

export type RoundsSearch = z.infer<typeof roundsSearchSchema>;

/** Which capabilities the review shows: all, only differences from the self-rating, or unvalidated. */
export const REVIEW_FILTERS = ['avvikelser', 'ovaliderade'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const reviewSearchSchema = z.object({
  visa: z.catch(z.optional(z.enum(REVIEW_FILTERS)), undefined),
});

export type ReviewSearch = z.infer<typeof reviewSearchSchema>;

const YEAR = /^20\d\d$/;
const year = z.catch(
  z.optional(
    z.pipe(
      z.union([z.number(), z.string().check(z.regex(YEAR))]),
      z.transform((v) => Number(v)),
    ),
  ),
  undefined,
);

/** Planning views: the horizon (`fran`, `till`, default 2026–2030) and a chosen scenario. */
export const planningSearchSchema = z.object({
  fran: year,
  till: year,
  scenario: optional(SLUG),
});

export type PlanningSearch = z.infer<typeof planningSearchSchema>;

/** The states of an investment need, as `status` takes them (the domain's list; a test checks). */
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
export const needsSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(NEED_STATUSES)), undefined),
  enhet: optional(SLUG),
  sok: optionalText(200),
  sortera: z.catch(z.optional(z.enum(NEED_SORTS)), undefined),
  fallande: z.catch(z.optional(z.boolean()), undefined),
});

export type NeedsSearch = z.infer<typeof needsSearchSchema>;

/** The phases of nyttorealisering as `fas` takes them; a test keeps them in step with the domain. */
export const BENEFIT_PHASES = [
  'identifiera',
  'specificera',
  'planera',
  'realisera',
  'folja-upp',
] as const;

/** Benefit filters: board (`namnd`, its name), unit (`enhet`) and phase (`fas`). */
export const benefitsSearchSchema = z.object({
  namnd: optionalText(200),
  enhet: optional(SLUG),
  fas: z.catch(z.optional(z.enum(BENEFIT_PHASES)), undefined),
});

export type BenefitsSearch = z.infer<typeof benefitsSearchSchema>;

/** Critical factor filters: kind (`typ`) and status; a test keeps them in step with the domain. */
export const FACTOR_KINDS = ['success', 'risk'] as const;
export const FACTOR_STATUSES = ['open', 'mitigating', 'closed'] as const;

export const factorsSearchSchema = z.object({
  typ: z.catch(z.optional(z.enum(FACTOR_KINDS)), undefined),
  status: z.catch(z.optional(z.enum(FACTOR_STATUSES)), undefined),
});

export type FactorsSearch = z.infer<typeof factorsSearchSchema>;

/** AI use-case filters: unit (`enhet`) and status; a test keeps the states in step with the domain. */
export const AI_STATUSES = ['idea', 'pilot', 'production'] as const;

export const aiSearchSchema = z.object({
  enhet: optional(SLUG),
  status: z.catch(z.optional(z.enum(AI_STATUSES)), undefined),
});

export type AiSearch = z.infer<typeof aiSearchSchema>;
