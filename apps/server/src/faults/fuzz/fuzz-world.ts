import type { FrameworkDocument } from '@lagesbild/domain';
import { Secret, TOTP } from 'otpauth';
import { callProcedure, postRaw, signIn } from './http';

/** The demo accounts the fuzzing signs in as: every role, and a unit whose report is a draft. */
export const FUZZ_ACCOUNTS = {
  itd: 'itd@demo.lagesbild.se',
  reporter: 'forskoleforvaltningen@demo.lagesbild.se',
  viewer: 'ks@demo.lagesbild.se',
} as const;
export type FuzzRole = keyof typeof FUZZ_ACCOUNTS;
export const FUZZ_ROLES = Object.keys(FUZZ_ACCOUNTS) as FuzzRole[];

/** A local account of the fuzzing's own, so hostile sign-ins and user edits never lock out a demo one. */
export const FUZZ_USER = {
  email: 'fuzz-target@demo.lagesbild.se',
  password: 'fuzz-target-password',
};
/** A local account with a second factor, so auth.verifySecondFactor has a sign-in under way to complete. */
export const FUZZ_TOTP_USER = {
  email: 'fuzz-totp@demo.lagesbild.se',
  password: 'fuzz-totp-password',
};
/** A plan year far from the demo's, with a draft the narrative and publish samples can change. */
export const FUZZ_PLAN_YEAR = 2090;

interface Versioned {
  version: number;
}

/** What the valid samples are built from, read through the API's own queries. */
export interface FuzzWorld {
  unit: string;
  round: { code: string; version: number } | null;
  items: { capabilityCode: string; version: number }[];
  submissionVersion: number;
  capacityVersion: number;
  needCodes: string[];
  proposedNeed: { code: string; version: number } | null;
  benefitCode: string | null;
  ruleVersion: number;
  framework: FrameworkDocument;
  frame: { year: number; tkr: number }[];
  edition: Versioned;
  fuzzUser: { id: number; version: number };
  /** The token of a sign-in of FUZZ_TOTP_USER waiting for its code (a dummy once fuzzing has locked it). */
  pendingToken: string;
}

export type Sessions = Record<FuzzRole, string>;

export async function signInAll(base: string): Promise<Sessions> {
  const entries = await Promise.all(
    FUZZ_ROLES.map(async (role) => [role, await signIn(base, FUZZ_ACCOUNTS[role])] as const),
  );
  return Object.fromEntries(entries) as Sessions;
}

/** Once per run: the fuzzing's own user, a draft plan edition and a unit's proposed need. */
export async function prepareWorld(base: string, sessions: Sessions) {
  await callProcedure(
    base,
    'users.create',
    { ...FUZZ_USER, name: 'Fuzz Target', role: 'viewer', unitSlug: null },
    sessions.itd,
    'mutation',
  );
  await callProcedure(base, 'plan.create', { year: FUZZ_PLAN_YEAR }, sessions.itd, 'mutation');
  await enrolTotpUser(base, sessions);
  const world = await readWorld(base, sessions);
  await callProcedure(
    base,
    'planning.proposeNeed',
    { fields: needFields(world.unit, world.items[0]?.capabilityCode ?? null, 'proposed') },
    sessions.reporter,
    'mutation',
  );
}

/** FUZZ_TOTP_USER, enrolled as a person would: the code computed from the secret the server showed. */
async function enrolTotpUser(base: string, sessions: Sessions) {
  await callProcedure(
    base,
    'users.create',
    { ...FUZZ_TOTP_USER, name: 'Fuzz Tvåsteg', role: 'viewer', unitSlug: null },
    sessions.itd,
    'mutation',
  );
  const cookie = await signIn(base, FUZZ_TOTP_USER.email, FUZZ_TOTP_USER.password);
  const { secret } = await callProcedure<{ secret: string }>(
    base,
    'secondFactor.startEnrolment',
    {},
    cookie,
    'mutation',
  );
  const code = TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6 });
  await callProcedure(base, 'secondFactor.confirmEnrolment', { code }, cookie, 'mutation');
}

/** A fresh sign-in of FUZZ_TOTP_USER waiting for its second step; a dummy when it is refused. */
async function startPendingSignIn(base: string): Promise<string> {
  const { status, text } = await postRaw(
    base,
    'auth.signIn',
    JSON.stringify({ email: FUZZ_TOTP_USER.email, password: FUZZ_TOTP_USER.password }),
    null,
  );
  // Fuzzing wrong codes locks the account for a while: later samples need no live token.
  if (status !== 200) return 'fuzz-no-sign-in-under-way';
  return (JSON.parse(text) as { result: { data: { pendingToken: string } } }).result.data
    .pendingToken;
}

/** Read again before each mutation's batch, so its valid sample carries the versions of now. */
export async function readWorld(base: string, sessions: Sessions): Promise<FuzzWorld> {
  const get = <T>(path: string, role: FuzzRole, input?: unknown) =>
    callProcedure<T>(base, path, input, sessions[role]);
  const me = await get<{ unitSlug: string }>('auth.me', 'reporter');
  const rounds = await get<{ code: string; status: string; version: number }[]>(
    'rounds.list',
    'itd',
  );
  const open = rounds.find((r) => r.status === 'open') ?? null;
  const form = open
    ? await get<{
        submission: { version: number | null };
        items: { capabilityCode: string; version: number }[];
      }>('report.form', 'reporter', { round: open.code })
    : null;
  const capacity = open
    ? await get<Versioned>('capacity.form', 'reporter', { round: open.code })
    : { version: 0 };
  const needs = await get<{
    needs: { code: string; version: number; status: string; proposedByUnit: string | null }[];
  }>('planning.needs', 'itd');
  const benefits = await get<{ benefits: { code: string }[] }>('benefits.register', 'itd');
  const ai = await get<{ rule: Versioned }>('ai.register', 'itd');
  const framework = await get<{ document: FrameworkDocument }>('framework.current', 'itd');
  const frame = await get<{ year: number; tkr: number }[]>('planning.frame', 'itd');
  const editions = await get<{ year: number; version: number }[]>('plan.editions', 'itd');
  const users = await get<{ id: number; email: string; version: number }[]>('users.list', 'itd');
  const proposed = needs.needs.find((n) => n.status === 'proposed') ?? null;
  return {
    unit: me.unitSlug,
    round: open && { code: open.code, version: open.version },
    items: (form?.items ?? []).map(({ capabilityCode, version }) => ({ capabilityCode, version })),
    submissionVersion: form?.submission.version ?? 1,
    capacityVersion: capacity.version,
    needCodes: needs.needs.map((n) => n.code),
    proposedNeed: proposed && { code: proposed.code, version: proposed.version },
    benefitCode: benefits.benefits[0]?.code ?? null,
    ruleVersion: ai.rule.version,
    framework: framework.document,
    frame,
    edition: editions.find((e) => e.year === FUZZ_PLAN_YEAR) ?? { version: 1 },
    fuzzUser: pickIdVersion(users.find((u) => u.email === FUZZ_USER.email)),
    pendingToken: await startPendingSignIn(base),
  };
}

function pickIdVersion(user: { id: number; version: number } | undefined) {
  return user ? { id: user.id, version: user.version } : { id: 1, version: 1 };
}

/** A need as a form would send it: one unit, one capability, two years of work. */
export function needFields(unit: string, capabilityCode: string | null, status: string) {
  return {
    title: 'Fuzz-behov',
    description: 'Ett behov som fuzzningen skapar.',
    ownerUnits: [unit],
    capabilities: capabilityCode ? [{ capabilityCode, lift: 1 }] : [],
    plannedStart: 2027,
    durationYears: 2,
    oneOffTkr: [100, 50],
    operatingTkr: 10,
    benefitTkr: [20],
    fte: [{ area: 'arkitektur', yearIndex: 0, fte: 0.5 }],
    dependsOn: [],
    constraints: [{ kind: 'budget', note: 'Ryms i ramen.' }],
    risk: 2,
    priority: 3,
    status,
  };
}
