import { investmentNeedSchema, type InvestmentNeed, type Scenario } from '@lagesbild/domain';
import needRows from './content/investment-needs.json';
import { parseDemoRows } from './demo-rows';

/** What a need in the data file may leave out. */
const NEED_DEFAULTS = { description: '', constraints: [], status: 'accepted', dependsOn: [] };

/**
 * About 25 plausible needs behind the 2026 plan (fictional figures): information management,
 * security, AI, testing, IT law, integration, infrastructure and competence. Money in tkr.
 */
export const DEMO_NEEDS: InvestmentNeed[] = parseDemoRows(
  'investment need',
  investmentNeedSchema,
  needRows.map((row) => ({ ...NEED_DEFAULTS, ...row })),
);

const chosen = (needCode: string, startYear?: number) => ({
  needCode,
  startYear: startYear ?? DEMO_NEEDS.find((n) => n.code === needCode)!.plannedStart,
});

/** Bas stays inside the current frame; Offensiv is what the 41 mnkr request would buy. */
export const DEMO_SCENARIOS: Scenario[] = [
  {
    code: 'bas',
    name: 'Bas',
    description: 'Det som ryms i dagens ram på 7 mnkr per år.',
    needs: [
      chosen('gemensam-informationsklassning'),
      chosen('e-arkiv-etapp-2'),
      chosen('isms-ledningssystem'),
      chosen('ai-policy-och-radgivning'),
      chosen('testcenter'),
      chosen('it-juridisk-funktion'),
      chosen('applikationsportfolj'),
      chosen('portfolj-och-behovsprocess'),
      chosen('kontinuitetsplaner', 2028),
      chosen('nyttorealiseringsstod', 2028),
    ],
    leftOut: [
      { needCode: 'ai-plattform', reason: 'Ryms inte i ramen; AI-kompetensen saknas ännu.' },
      { needCode: 'soc-och-incidentberedskap', reason: 'Driftkostnaden ryms inte i ramen.' },
      { needCode: 'integrationsplattform', reason: 'Skjuts tills portföljprocessen är på plats.' },
      { needCode: 'driftmiljo-modernisering', reason: 'Kräver förstärkt ram.' },
      { needCode: 'behorighet-och-identitet', reason: 'Ryms inte i ramen förrän 2029.' },
      {
        needCode: 'ai-kompetenslyft',
        reason: 'Ges inom befintlig utbildningsbudget i mindre skala.',
      },
      {
        needCode: 'testautomatisering',
        reason: 'Bygger på testcentret, som först måste vara på plats.',
      },
      {
        needCode: 'masterdata-organisation-och-person',
        reason: 'Ryms inte i ramen samtidigt som e-arkivet.',
      },
    ],
  },
  {
    code: 'offensiv',
    name: 'Offensiv',
    description: 'En offensiv satsning inom den begärda förstärkningen på 41 mnkr.',
    needs: [
      chosen('gemensam-informationsklassning'),
      chosen('e-arkiv-etapp-2'),
      chosen('masterdata-organisation-och-person', 2027),
      chosen('isms-ledningssystem'),
      chosen('soc-och-incidentberedskap', 2028),
      chosen('behorighet-och-identitet'),
      chosen('kontinuitetsplaner'),
      chosen('ai-policy-och-radgivning'),
      chosen('ai-plattform'),
      chosen('ai-kompetenslyft'),
      chosen('ai-forskoleplacering', 2029),
      chosen('testcenter'),
      chosen('testautomatisering'),
      chosen('testmiljoer-och-testdata'),
      chosen('tillganglighetsgranskning'),
      chosen('it-juridisk-funktion'),
      chosen('molnbedomningar'),
      chosen('integrationsplattform'),
      chosen('applikationsportfolj'),
      chosen('driftmiljo-modernisering'),
      chosen('portfolj-och-behovsprocess'),
      chosen('nyttorealiseringsstod'),
      chosen('digitalt-ledarskap'),
    ],
    leftOut: [
      {
        needCode: 'verksamhetssystem-socialtjanst',
        reason: 'Förvaltningens egen investering; prövas i nämndens budget.',
      },
      { needCode: 'oppna-data-portal', reason: 'Lägre prioritet än masterdata.' },
      { needCode: 'ai-handlaggning-bygglov', reason: 'Förslag från förvaltningen; prövas 2027.' },
      { needCode: 'overvakning-och-larm', reason: 'Görs när driftmiljön är moderniserad.' },
    ],
  },
];

/** The frame of the 2026 plan: 7 mnkr a year. */
export const DEMO_BUDGET_FRAME = [2026, 2027, 2028, 2029, 2030].map((year) => ({
  year,
  tkr: 7000,
}));
