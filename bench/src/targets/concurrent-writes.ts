import type { BenchContext } from '../context';
import {
  prepareReporters,
  REPORTER_PASSWORD,
  verifySaves,
  type Reporter,
  type SaveRecord,
} from '../concurrent-writes-setup';
import { formatMs, percentile } from '../measure';
import type { TargetResult } from '../report';
import { createScratchDatabase, dropScratchDatabase } from '../scratch-database';
import { queryTrpc, signIn, startServer } from '../server-process';

const DATABASE = 'lagesbild_bench_writes';
const REPORTERS = 150;

interface FormItem {
  capabilityCode: string;
  version: number;
}

interface Outcome {
  acknowledged: SaveRecord[];
  /** Comments of the stale saves the server refused as conflicts. */
  refused: string[];
  latencies: number[];
  failures: string[];
  /** Comments of saves answered with an error (not a conflict): applied or not, the check tells. */
  errored: string[];
}

/** `report.save` as the dashboard's form sends it: the fields and the version the form read. */
async function save(
  url: string,
  cookie: string,
  input: {
    round: string;
    capabilityCode: string;
    version: number;
    comment: string;
    rating: number;
  },
): Promise<{ status: number; version?: number; code?: string }> {
  const response = await fetch(`${url}/trpc/report.save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      round: input.round,
      capabilityCode: input.capabilityCode,
      version: input.version,
      fields: {
        selfRating: input.rating,
        targetLevel: 5,
        targetYear: 2028,
        notApplicable: false,
        evidence: {
          text: 'Rutin beskriven i verksamhetsplanen.',
          link: null,
          owner: null,
          date: null,
        },
        confidence: 'medium',
        comment: input.comment,
      },
    }),
  });
  const body = (await response.json()) as {
    result?: { data: { version: number } };
    error?: { data?: { code?: string } };
  };
  return {
    status: response.status,
    version: body.result?.data.version,
    code: body.error?.data?.code,
  };
}

type SignedIn = Reporter & { cookie: string; index: number };

/** The first two items of the reporter's form, with the versions the form shows. */
async function readForm(url: string, roundCode: string, reporter: SignedIn) {
  const form = (await queryTrpc(url, reporter.cookie, 'report.form', { round: roundCode })) as {
    items: FormItem[];
  };
  return form.items.slice(0, 2).map((i) => ({ ...i, read: i.version }));
}

/**
 * One reporter's saves, from the form it has read: one after another, alternating between two
 * capabilities and sending the version the last answer gave (as the form does). Every other
 * reporter ends with a save from a stale form, which must be refused and leave no trace.
 */
async function runReporter(
  url: string,
  roundCode: string,
  reporter: SignedIn,
  items: (FormItem & { read: number })[],
  saves: number,
  outcome: Outcome,
) {
  for (let k = 0; k < saves + (reporter.index % 2 === 0 ? 1 : 0); k++) {
    const stale = k === saves;
    const item = items[k % 2]!;
    const comment = `${stale ? 'inaktuell' : 'sparad'} ${reporter.unitSlug} ${k + 1}`;
    const version = stale ? item.read : item.version;
    const started = performance.now();
    const answer = await save(url, reporter.cookie, {
      round: roundCode,
      capabilityCode: item.capabilityCode,
      version,
      comment,
      rating: 1 + ((reporter.index + k) % 5),
    }).catch((error: unknown) => ({ status: 0, code: String(error) }) as const);
    outcome.latencies.push(performance.now() - started);
    if (answer.status === 200 && answer.version !== undefined && !stale) {
      item.version = answer.version;
      outcome.acknowledged.push({
        unitSlug: reporter.unitSlug,
        capabilityCode: item.capabilityCode,
        version: answer.version,
        comment,
      });
    } else if (stale && answer.code === 'CONFLICT') {
      outcome.refused.push(comment);
    } else {
      outcome.failures.push(
        `${reporter.unitSlug} save ${k + 1}: ${answer.status} ${answer.code ?? ''}`,
      );
      // A stale save that went through must be found by the check: record it as refused anyway.
      if (stale) outcome.refused.push(comment);
      else outcome.errored.push(comment);
    }
  }
}

async function signInAll(url: string, reporters: readonly Reporter[]) {
  const signedIn: SignedIn[] = [];
  // Ten at a time: scrypt makes each sign-in deliberately slow, and this is not what is measured.
  for (let i = 0; i < reporters.length; i += 10) {
    const batch = reporters.slice(i, i + 10);
    const cookies = await Promise.all(batch.map((r) => signIn(url, r.email, REPORTER_PASSWORD)));
    batch.forEach((r, j) => signedIn.push({ ...r, cookie: cookies[j]!, index: i + j }));
  }
  return signedIn;
}

/** The distinct error messages in the server's log (pino JSON lines at level error), a few at most. */
function describeServerErrors(output: string): string[] {
  const messages = new Set<string>();
  for (const line of output.split('\n')) {
    if (!line.includes('"level":50')) continue;
    try {
      const entry = JSON.parse(line) as {
        msg?: string;
        err?: { message?: string; cause?: { message?: string } };
      };
      // A failed query's own message is its SQL; the cause says what went wrong.
      messages.add(
        (entry.err?.cause?.message ?? entry.err?.message ?? entry.msg ?? line).slice(0, 200),
      );
    } catch {
      messages.add(line.slice(0, 200));
    }
  }
  return [...messages].slice(0, 3).map((m) => `Server log: ${m}`);
}

export async function runConcurrentWrites(ctx: BenchContext): Promise<TargetResult[]> {
  const saves = ctx.mode === 'national' ? 10 : 3;
  const url = await createScratchDatabase(ctx.adminUrl, DATABASE);
  try {
    ctx.log(`concurrent-writes: seeding the demo city and ${REPORTERS} reporters`);
    const { roundCode, reporters } = await prepareReporters(url, REPORTERS);
    const server = await startServer({
      root: ctx.root,
      env: {
        DATABASE_URL: url,
        SEED_DEMO: 'false',
        SIGN_IN_LIMIT_PER_MINUTE: '10000',
        DATABASE_POOL_SIZE: '20',
      },
    });
    ctx.log('concurrent-writes: server up; signing in');
    const outcome: Outcome = {
      acknowledged: [],
      refused: [],
      latencies: [],
      failures: [],
      errored: [],
    };
    let wallMs: number;
    let serverErrors: string[] = [];
    try {
      const signedIn = await signInAll(server.url, reporters);
      const forms = await Promise.all(signedIn.map((r) => readForm(server.url, roundCode, r)));
      ctx.log(`concurrent-writes: ${signedIn.length} reporters signed in; saving at once`);
      const started = performance.now();
      await Promise.all(
        signedIn.map((r, i) => runReporter(server.url, roundCode, r, forms[i]!, saves, outcome)),
      );
      wallMs = performance.now() - started;
      serverErrors = describeServerErrors(server.readOutput());
    } finally {
      await server.stop();
    }
    const check = await verifySaves(
      url,
      roundCode,
      outcome.acknowledged,
      outcome.refused,
      outcome.errored,
    );
    const attempted = outcome.latencies.length;
    // The target is about writes: every acknowledged save stored once, no refused or failed save
    // applied. Saves answered with an error are reported below; they are failures, not lost writes.
    const met = check.problems.length === 0 && check.appliedErrors === 0;
    return [
      {
        id: '7',
        title: `${REPORTERS} reporters saving at once on PostgreSQL`,
        target: 'no lost or duplicated write',
        ratio: null,
        met,
        details: [
          `${REPORTERS} reporters, each in its own unit, saved ${saves} times in sequence, all at once, ` +
            `through report.save over HTTP (built server, pool of 20); every other reporter then sent one ` +
            `save from a stale form: ${attempted} requests in ${Math.round(wallMs / 100) / 10} s`,
          `Save latency p50 ${formatMs(percentile(outcome.latencies, 50))}, ` +
            `p99 ${formatMs(percentile(outcome.latencies, 99))}, max ${formatMs(Math.max(...outcome.latencies))}`,
          `${outcome.acknowledged.length} saves acknowledged, ${check.historyRows} history rows and ` +
            `${check.auditRows} audit entries found for them; ${outcome.refused.length} stale saves ` +
            `refused as conflicts and none applied; ${outcome.failures.length} saves answered with ` +
            `another error (${check.appliedErrors} of them applied all the same)`,
          ...[...check.problems, ...outcome.failures].slice(0, 5).map((p) => `Problem: ${p}`),
          ...(outcome.failures.length > 0 ? serverErrors : []),
        ],
      },
    ];
  } finally {
    await dropScratchDatabase(ctx.adminUrl, DATABASE);
  }
}
