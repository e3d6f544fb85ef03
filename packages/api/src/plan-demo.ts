import { type NeedFields, type NeedRecord } from '@lagesbild/domain';
import { DEMO_AS_OF_DATE } from '@lagesbild/db/seed';
import type { Database } from '@lagesbild/db/client';
import {
  createPlanEdition,
  findLocalAccount,
  listCriticalFactors,
  listNeeds,
  listPlanEditions,
  publishPlanEdition,
  recordMeasurement,
  saveCriticalFactor,
  saveNeed,
  savePlanNarrative,
  type Actor,
} from '@lagesbild/db/repositories';
import { computePlanContent } from './router/plan-views';

const ITD_EMAIL = 'itd@demo.lagesbild.se';
export const DEMO_PUBLISHED_AT = '2026-10-13T09:00:00.000Z';
/** When ITD recorded what changed after publication (a need, a completion, a measurement, a risk). */
const DEMO_CHANGES_AT = '2026-11-02T10:00:00.000Z';

/** The need that appeared after the 2026 edition: IT law is the rising risk, and cloud work waits for it. */
export const DEMO_NEW_NEED: NeedFields = {
  title: 'Upphandlad IT-juridisk förstärkning',
  description:
    'Ramavtal med extern IT-jurist för molnbedömningar och avtalsgranskning tills stadens egen funktion är bemannad.',
  ownerUnits: ['itd'],
  capabilities: [{ capabilityCode: 'it-rattslig-radgivning', lift: 1 }],
  plannedStart: 2027,
  durationYears: 2,
  oneOffTkr: [600, 400],
  operatingTkr: 0,
  benefitTkr: [200],
  fte: [{ area: 'it-juridik', yearIndex: 0, fte: 0.5 }],
  dependsOn: [],
  constraints: [{ kind: 'procurement', note: 'Avrop från ramavtal för juridiska tjänster.' }],
  risk: 2,
  priority: 2,
  status: 'accepted',
};
/** Completed after publication: the klassning reached every förvaltning. */
export const DEMO_COMPLETED_NEED = 'gemensam-informationsklassning';
/** Measured after publication at its target. */
export const DEMO_REALISED_BENEFIT = 'klassade-informationsmangder';
/** Re-scored higher after publication: two security architects left in the autumn. */
export const DEMO_RISEN_RISK = 'svart-att-rekrytera-sakerhets-och-arkitekturkompetens';

const NARRATIVES_2026 = [
  [
    'status',
    'Mognaden har stigit mest inom informationshantering och samverkan, där stadens gemensamma arbete har gett resultat. Testverksamheten är fortfarande det område som oroar oss mest.',
  ],
  [
    'investments',
    'ITD prioriterar de behov som andra investeringar väntar på: testcentret, IT-juridisk funktion och AI-plattformen. Utan dem blir de senare satsningarna dyrare och långsammare.',
  ],
  [
    'conclusions',
    'Servicenämnden föreslås ställa sig bakom Bas-scenariot för 2026 och ge ITD i uppdrag att återkomma med finansiering av testcentret inför 2027.',
  ],
] as const;

const NARRATIVES_2027 = [
  [
    'comparison',
    'Utkast: ingen omgång har stängts sedan förra planen, så jämförelsen skrivs när 2026-K4 har stängts. Redan nu vet vi att informationsklassningen har blivit klar i alla förvaltningar, att behovet av IT-juridik har vuxit och att rekryteringsrisken inom säkerhet och arkitektur är högre.',
  ],
  [
    'ai',
    'Utkast: AI-plattformen är i pilot. Avsnittet kompletteras när höstens omgång är validerad.',
  ],
] as const;

/** A need's stored record as the fields its form saves. */
function toFields(need: NeedRecord): NeedFields {
  const {
    code: _c,
    version: _v,
    decisionReason: _d,
    proposedByUnit: _p,
    updatedAt: _u,
    updatedBy: _b,
    ...fields
  } = need;
  return fields;
}

/**
 * The demo plan: ITD published the 2026 edition in October on round 2026-K3 (the fourth quarter's round was
 * open, so none of it is in the edition); afterwards a need appeared, one was completed, a benefit was
 * realised and a risk rose in the open round, each through the repositories like any user change; and a 2027
 * draft exists with some narrative. No round has closed since, so the draft stands on 2026-K3 too: its
 * chapter 1 says the comparison waits for 2026-K4, while its needs already show the changes (needs have no
 * rounds). Fixed dates, one transaction; does nothing when the organisation already has an edition.
 */
export async function seedDemoPlan(
  db: Database,
  organisationSlug: string,
): Promise<{ published: number[]; drafts: number[] }> {
  if ((await listPlanEditions(db, organisationSlug)).length > 0)
    return { published: [], drafts: [] };
  // Computed before the transaction: the page views query in parallel, which one transaction's client cannot.
  const publishedAt = new Date(DEMO_PUBLISHED_AT);
  const content2026 = await computePlanContent(db, organisationSlug, 2026, {
    now: publishedAt,
    asOf: { today: DEMO_PUBLISHED_AT.slice(0, 10), fixed: true },
  });
  return db.transaction(async (tx) => {
    if ((await listPlanEditions(tx, organisationSlug)).length > 0) {
      return { published: [], drafts: [] };
    }
    const itd = await findLocalAccount(tx, organisationSlug, ITD_EMAIL);
    if (!itd) throw new Error('the demo plan needs the demo ITD account');
    const by = { organisationSlug, userId: itd.id, label: itd.name, correlationId: null };
    const actorAt = (iso: string): Actor => ({ ...by, at: new Date(iso) });

    await createPlanEdition(tx, actorAt('2026-09-01T08:00:00Z'), { year: 2026 });
    let version = 1;
    for (const [chapter, text] of NARRATIVES_2026) {
      ({ version } = await savePlanNarrative(tx, actorAt('2026-10-06T13:00:00Z'), {
        year: 2026,
        chapter,
        text,
        expectedVersion: version,
      }));
    }
    await publishPlanEdition(tx, actorAt(DEMO_PUBLISHED_AT), {
      year: 2026,
      expectedVersion: version,
      buildContent: async () => content2026,
    });

    await changeDataAfterPublication(tx, actorAt(DEMO_CHANGES_AT));

    await createPlanEdition(tx, actorAt('2026-11-16T08:00:00Z'), { year: 2027 });
    version = 1;
    for (const [chapter, text] of NARRATIVES_2027) {
      ({ version } = await savePlanNarrative(tx, actorAt('2026-11-20T10:00:00Z'), {
        year: 2027,
        chapter,
        text,
        expectedVersion: version,
      }));
    }
    return { published: [2026], drafts: [2027] };
  });
}

/** The real changes after the 2026 edition, so the 2027 draft has something to compare. */
async function changeDataAfterPublication(tx: Database, actor: Actor) {
  const slug = actor.organisationSlug;
  await saveNeed(tx, actor, { code: null, expectedVersion: 0, fields: DEMO_NEW_NEED });

  const needs = await listNeeds(tx, slug);
  const completed = needs.find((n) => n.code === DEMO_COMPLETED_NEED);
  if (!completed) throw new Error(`demo need ${DEMO_COMPLETED_NEED} missing`);
  await saveNeed(tx, actor, {
    code: completed.code,
    expectedVersion: completed.version,
    fields: { ...toFields(completed), status: 'done' },
  });

  await recordMeasurement(tx, actor, {
    benefitCode: DEMO_REALISED_BENEFIT,
    measurement: { date: '2026-10-15', value: 92 },
    note: 'Alla förvaltningar har klassat sina informationsmängder.',
    today: DEMO_AS_OF_DATE,
    reporterUnit: null,
  });

  const register = await listCriticalFactors(tx, slug);
  const risk = register.factors.find((f) => f.code === DEMO_RISEN_RISK);
  if (!risk) throw new Error(`demo factor ${DEMO_RISEN_RISK} missing`);
  await saveCriticalFactor(tx, actor, {
    code: risk.code,
    expectedVersion: risk.version,
    fields: {
      title: risk.title,
      kind: risk.kind,
      likelihood: Math.min(5, risk.likelihood + 1),
      impact: Math.min(5, risk.impact + 1),
      owner: risk.owner,
      mitigation: risk.mitigation,
      status: risk.status,
      capabilityCodes: risk.capabilities.map((c) => c.code),
      needCodes: risk.needs.map((n) => n.code),
    },
  });
}
