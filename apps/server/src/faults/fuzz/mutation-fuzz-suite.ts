import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRouter } from '@lagesbild/api';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FUZZ_ROLES,
  type FuzzRole,
  prepareWorld,
  readWorld,
  signInAll,
  type Sessions,
} from './fuzz-world';
import { sweepSample } from './boundary-sweep';
import { hostileBodies, RAW_BODIES } from './hostile-inputs';
import { judgeExchange, passedValidation, postRaw } from './http';
import { captureState, checkInvariants, findOrphans, type InvariantState } from './invariants';
import { listManagedUsers, restoreSessions } from './sessions';
import { VALID_SAMPLES } from './valid-samples';

/** Every mutation of the real router, so one added later is fuzzed (or fails for want of a sample). */
export function listMutations(): string[] {
  // At run time tRPC keeps every procedure flat by its dotted path; the type shows the nesting.
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string } }
  >;
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.type === 'mutation')
    .map(([path]) => path)
    .sort();
}

/** Mutations that can end a session or change an account: the fuzzing signs in again after them. */
const touchesSessions = (path: string) =>
  path.startsWith('auth.') || path.startsWith('users.') || path.startsWith('secondFactor.');

/** The server's buildApp, handed in by the test file: this folder may not climb to it. */
export type BuildApp = (options: {
  env: {
    ORGANISATION: string;
    WEB_DIST: string;
    SIGN_IN_LIMIT_PER_MINUTE: number;
    CALL_BUDGET_PER_MINUTE: number;
  };
  database: DatabaseHandle;
}) => Promise<{
  listen(at: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}>;

export interface FuzzOptions {
  /** fast-check runs per mutation. */
  runs: number;
  /** Replays a failure: fast-check prints the seed (and path) it failed with. */
  seed?: number;
  path?: string;
  /** Also replace every part of every sample by every boundary value, one at a time (slow). */
  sweep?: boolean;
}

/**
 * Every mutation over HTTP with hostile input, as each role: never a 5xx, never a leaked stack or SQL, and
 * the database's invariants (no orphans, versions only grow, the audit log only grows) after each batch.
 */
export function describeMutationFuzzing(
  buildApp: BuildApp,
  { runs, seed, path: replayPath, sweep = false }: FuzzOptions,
) {
  describe(`fuzzing every mutation (${runs} runs each)`, () => {
    let database: DatabaseHandle;
    let app: Awaited<ReturnType<BuildApp>>;
    let base: string;
    let webDist: string;
    let sessions: Sessions;
    let originals: Awaited<ReturnType<typeof listManagedUsers>>;
    let initial: InvariantState;
    /** The state the last batch left, checked against by the next: one snapshot per batch, not two. */
    let latest: InvariantState;
    /** Per mutation, a role whose valid sample got past access and schema: the sweep calls as it. */
    const reachingRole = new Map<string, FuzzRole>();

    beforeAll(async () => {
      database = await openTestDatabase();
      webDist = await mkdtemp(join(tmpdir(), 'lb-fuzz-web-'));
      app = await buildApp({
        // The per-address sign-in limit and the per-caller budget would turn the suite's own calls
        // into 429s.
        env: {
          ORGANISATION: 'malmo',
          WEB_DIST: webDist,
          SIGN_IN_LIMIT_PER_MINUTE: 1_000_000,
          CALL_BUDGET_PER_MINUTE: 10_000_000,
        },
        database,
      });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      sessions = await signInAll(base);
      originals = await listManagedUsers(base, sessions.itd);
      await prepareWorld(base, sessions);
      initial = await captureState(database.db);
      latest = initial;
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
      if (webDist) await rm(webDist, { recursive: true, force: true });
    });

    /** Only a success can sign out or change an account, so only then is there anything to restore. */
    async function send(path: string, body: string, role: FuzzRole) {
      const exchange = await postRaw(base, path, body, sessions[role]);
      if (exchange.status === 200 && touchesSessions(path)) {
        await restoreSessions(base, sessions, originals);
      }
      return exchange;
    }

    it('has a valid sample for every mutation of the router', () => {
      const missing = listMutations().filter((path) => !(path in VALID_SAMPLES));
      expect(missing, 'mutations without a valid sample in fuzz/valid-samples.ts').toEqual([]);
    });

    it('starts from a database whose references all hold', async () => {
      expect(await findOrphans(database.db)).toEqual([]);
    });

    it.each(listMutations().filter((p) => p in VALID_SAMPLES))('%s', async (path) => {
      const sample = VALID_SAMPLES[path]!(await readWorld(base, sessions));

      // The sample is a real input: some role gets past access and schema, into the code behind them.
      const answers: string[] = [];
      let reachedBehindValidation = false;
      for (const role of FUZZ_ROLES) {
        const exchange = await send(path, JSON.stringify(sample), role);
        expect(judgeExchange(exchange, JSON.stringify(sample)), exchange.text).toBeNull();
        answers.push(`${role} ${exchange.status} ${exchange.text.slice(0, 300)}`);
        if (passedValidation(exchange) && !reachedBehindValidation) reachingRole.set(path, role);
        reachedBehindValidation ||= passedValidation(exchange);
      }
      expect(reachedBehindValidation, answers.join('\n')).toBe(true);

      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FUZZ_ROLES),
          hostileBodies(sample),
          async (role, body) => {
            const exchange = await send(path, body, role);
            const problem = judgeExchange(exchange, body);
            if (problem) {
              throw new Error(`${role} → ${path}: ${problem}\nbody: ${body.slice(0, 500)}`);
            }
          },
        ),
        {
          numRuns: runs,
          ...(seed === undefined ? {} : { seed }),
          ...(replayPath ? { path: replayPath } : {}),
        },
      );

      const { broken, after } = await checkInvariants(database.db, latest);
      latest = after;
      expect(broken, `invariants after fuzzing ${path}`).toEqual([]);
    });

    it('answers raw bodies that are no single JSON input with a clean error', async () => {
      const problems: string[] = [];
      const paths = listMutations();
      for (const [i, path] of paths.entries()) {
        for (const [j, body] of RAW_BODIES.entries()) {
          const role = FUZZ_ROLES[(i + j) % FUZZ_ROLES.length]!;
          const exchange = await send(path, body, role);
          const problem = judgeExchange(exchange, body);
          if (problem)
            problems.push(`${role} → ${path} ${JSON.stringify(body.slice(0, 80))}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('answers batches, mixed or oversized, with a clean error per call', async () => {
      const world = await readWorld(base, sessions);
      const paths = listMutations().filter((p) => !touchesSessions(p));
      const batches = [
        paths.slice(0, 3),
        paths.slice(3, 8),
        // One over the server's cap of 20 calls per request.
        Array.from({ length: 21 }, (_, i) => paths[i % paths.length]!),
      ];
      const problems: string[] = [];
      for (const batch of batches) {
        const inputs = Object.fromEntries(
          batch.map((p, i) => [i, VALID_SAMPLES[p]?.(world) ?? {}]),
        );
        for (const body of [JSON.stringify(inputs), JSON.stringify(Object.values(inputs)), '[]']) {
          for (const role of FUZZ_ROLES) {
            const exchange = await postRaw(
              base,
              `${batch.join(',')}?batch=1`,
              body,
              sessions[role],
            );
            const problem = judgeExchange(exchange, body);
            if (problem) problems.push(`${role} batch of ${batch.length}: ${problem}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    // Every value in every field of every mutation: minutes on a busy machine; the limit only catches a hang.
    it.runIf(sweep)(
      'answers every boundary value in every field cleanly',
      async () => {
        const problems: string[] = [];
        const world = await readWorld(base, sessions);
        for (const path of listMutations().filter((p) => p in VALID_SAMPLES)) {
          const role = reachingRole.get(path) ?? 'itd';
          for (const { where, input } of sweepSample(VALID_SAMPLES[path]!(world))) {
            const body = JSON.stringify(input);
            const problem = judgeExchange(await send(path, body, role), body);
            if (problem) problems.push(`${role} → ${path} ${where}: ${problem.slice(0, 200)}`);
          }
        }
        expect(problems).toEqual([]);
        const { broken, after } = await checkInvariants(database.db, latest);
        latest = after;
        expect(broken).toEqual([]);
      },
      900_000,
    );

    it('keeps every invariant from the start of the run to its end', async () => {
      const { broken } = await checkInvariants(database.db, initial);
      expect(broken).toEqual([]);
    });
  });
}
