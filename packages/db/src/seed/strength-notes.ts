import { desc, eq } from 'drizzle-orm';
import type { StrengthNoteFields } from '@lagesbild/domain';
import { areas, frameworks, strengthNotes } from '../schema/index';
import type { InsightIds } from './insight-ids';
import { demoIdOf, type Transaction } from './write';

const SEEDED_BY = 'Ida Ledning (ITD)';
const SEEDED_AT = '2026-11-02T08:00:00.000Z';

/**
 * ITD's valuation of the city's strong and weak sides, as the story runs: security and samverkan rose steadily,
 * testing fell when two test leads left in 2025, IT-juridik stalls on one shared lawyer, and AI starts low.
 */
export const DEMO_STRENGTH_NOTES: (StrengthNoteFields & { code: string })[] = [
  {
    code: 'styrka-digital-sakerhet',
    kind: 'strength',
    areaCode: 'digital-sakerhet',
    capabilityCode: null,
    weight: 3,
    text: 'Ledningssystemet för informationssäkerhet är infört i de flesta förvaltningar och incidenter hanteras enligt en gemensam rutin.',
  },
  {
    code: 'styrka-samverkan-med-forvaltningarna',
    kind: 'strength',
    areaCode: 'samverkan',
    capabilityCode: 'samverkan-med-forvaltningarna',
    weight: 2,
    text: 'Samverkansmodellen från 2025 har gett förvaltningarna en fast plats i behovsprocessen; mognaden har stigit varje omgång.',
  },
  {
    code: 'styrka-informationsklassning',
    kind: 'strength',
    areaCode: 'informationshantering',
    capabilityCode: 'informationsklassning',
    weight: 2,
    text: 'Den gemensamma klassningen har lyft informationshanteringen från ungefär nivå 2 till nivå 3 i staden.',
  },
  {
    code: 'svaghet-testverksamhet',
    kind: 'weakness',
    areaCode: 'testverksamhet',
    capabilityCode: null,
    weight: 3,
    text: 'Två av ITD:s testledare slutade sommaren 2025. Testmognaden föll och har inte återhämtat sig; införanden testas för sent.',
  },
  {
    code: 'svaghet-it-rattslig-radgivning',
    kind: 'weakness',
    areaCode: 'it-juridik',
    capabilityCode: 'it-rattslig-radgivning',
    weight: 3,
    text: 'Staden har en delad IT-jurist. Molnbedömningar och avtal väntar, och mognaden har stått still sedan 2024.',
  },
  {
    code: 'svaghet-ai-kompetens',
    kind: 'weakness',
    areaCode: 'ai',
    capabilityCode: 'ai-kompetens',
    weight: 2,
    text: 'AI-mognaden är lägst av alla områden. Få förvaltningar har egen kompetens att bedöma och följa upp AI-tillämpningar.',
  },
  {
    code: 'svaghet-uppfoljning-av-nyttor',
    kind: 'weakness',
    areaCode: 'nyttorealisering',
    capabilityCode: 'uppfoljning-av-nyttor',
    weight: 1,
    text: 'Nyttor mäts sällan efter införandet, så beslut om nya investeringar bygger ofta på antaganden.',
  },
];

/** The demo notes, on the areas and capabilities of the organisation's current framework. */
export async function insertStrengthNotes(tx: Transaction, ids: InsightIds): Promise<void> {
  const [framework] = await tx
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(eq(frameworks.organisationId, ids.organisationId))
    .orderBy(desc(frameworks.id))
    .limit(1);
  const areaRows = await tx
    .select({ id: areas.id, code: areas.code })
    .from(areas)
    .where(eq(areas.frameworkId, framework!.id));
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));
  await tx.insert(strengthNotes).values(
    DEMO_STRENGTH_NOTES.map(({ areaCode, capabilityCode, ...note }) => ({
      ...note,
      organisationId: ids.organisationId,
      areaId: demoIdOf(areaIds, areaCode),
      capabilityId: capabilityCode === null ? null : demoIdOf(ids.capabilityIds, capabilityCode),
      updatedAt: SEEDED_AT,
      updatedBy: SEEDED_BY,
    })),
  );
}
