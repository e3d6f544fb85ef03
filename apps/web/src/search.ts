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
export const overviewSearchSchema = z.object({
  omgang: optional(ROUND_CODE),
  omrade: optional(SLUG),
  enhet: optional(SLUG),
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

/** `till`: where to go after signing in; checked again before it is followed (see return-path.ts). */
export const signInSearchSchema = z.object({
  till: z.catch(z.optional(z.string().check(z.maxLength(2000))), undefined),
});

export type SignInSearch = z.infer<typeof signInSearchSchema>;
