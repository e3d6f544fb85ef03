import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import {
  FRAMEWORK_FORMAT,
  NotFoundError,
  type CurrentFramework,
  type FrameworkArea,
  type FrameworkDocument,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { findOrganisation } from './lookups';
import {
  areas,
  capabilities,
  capabilityAliases,
  frameworks,
  frameworkVersions,
  levelDescriptors,
  rounds,
  scaleSteps,
} from '../schema/index';

/** A capability still part of the framework: forms, progress and the current overview use only these. */
export function isActiveCapability() {
  return isNull(capabilities.retiredInVersion);
}

/** The organisation's current framework: the one created last (rounds opened from now on use it). */
export async function findCurrentFramework(db: Database, organisationId: number) {
  const [framework] = await db
    .select()
    .from(frameworks)
    .where(eq(frameworks.organisationId, organisationId))
    .orderBy(desc(frameworks.id))
    .limit(1);
  return framework ?? null;
}

/** Text columns are null when absent; a document leaves the key out instead. */
function optional<K extends string>(key: K, value: string | null | undefined) {
  return (value ? { [key]: value } : {}) as Partial<Record<K, string>>;
}

/**
 * The framework as a document: active capabilities under their areas, every retired one under
 * `retired` (so a re-import of this export changes nothing), and the old codes of renamed ones.
 */
export async function readFrameworkDocument(
  db: Database,
  framework: typeof frameworks.$inferSelect,
): Promise<CurrentFramework> {
  const [scaleRows, areaRows, capabilityRows, descriptorRows, aliasRows] = await Promise.all([
    db
      .select()
      .from(scaleSteps)
      .where(eq(scaleSteps.frameworkId, framework.id))
      .orderBy(asc(scaleSteps.level)),
    db
      .select()
      .from(areas)
      .where(and(eq(areas.frameworkId, framework.id), isNull(areas.retiredInVersion)))
      .orderBy(asc(areas.sortOrder), asc(areas.id)),
    db
      .select()
      .from(capabilities)
      .where(eq(capabilities.frameworkId, framework.id))
      .orderBy(asc(capabilities.sortOrder), asc(capabilities.id)),
    db
      .select({
        capabilityId: levelDescriptors.capabilityId,
        level: levelDescriptors.level,
        descriptor: levelDescriptors.descriptor,
        descriptorEn: levelDescriptors.descriptorEn,
      })
      .from(levelDescriptors)
      .innerJoin(capabilities, eq(capabilities.id, levelDescriptors.capabilityId))
      .where(eq(capabilities.frameworkId, framework.id))
      .orderBy(asc(levelDescriptors.level)),
    db
      .select({ code: capabilityAliases.code, current: capabilities.code })
      .from(capabilityAliases)
      .innerJoin(capabilities, eq(capabilities.id, capabilityAliases.capabilityId))
      .where(eq(capabilityAliases.frameworkId, framework.id)),
  ]);
  const byId = new Map(capabilityRows.map((c) => [c.id, c]));
  // A successor may itself have been retired since: the story continues where the chain ends.
  const successorOf = (c: (typeof capabilityRows)[number]) => {
    const seen = new Set<number>();
    let next = c.successorId === null ? undefined : byId.get(c.successorId);
    while (next && next.retiredInVersion !== null && !seen.has(next.id)) {
      seen.add(next.id);
      next = next.successorId === null ? undefined : byId.get(next.successorId);
    }
    return next && next.retiredInVersion === null ? next.code : null;
  };
  const active = capabilityRows.filter((c) => c.retiredInVersion === null);
  const retired = capabilityRows.filter((c) => c.retiredInVersion !== null);

  const documentAreas: FrameworkArea[] = areaRows.map((area) => ({
    code: area.code,
    name: area.name,
    ...optional('nameEn', area.nameEn),
    capabilities: active
      .filter((c) => c.areaId === area.id)
      .map((c) => ({
        code: c.code,
        name: c.name,
        ...optional('nameEn', c.nameEn),
        ...optional('description', c.description),
        ...optional('descriptionEn', c.descriptionEn),
        levels: descriptorRows
          .filter((d) => d.capabilityId === c.id)
          .map((d) => ({
            level: d.level,
            descriptor: d.descriptor,
            ...optional('descriptorEn', d.descriptorEn),
          })),
      })),
  }));
  const document: FrameworkDocument = {
    format: FRAMEWORK_FORMAT,
    slug: framework.slug,
    name: framework.name,
    ...optional('nameEn', framework.nameEn),
    version: framework.version,
    scale: scaleRows.map((s) => ({
      level: s.level,
      name: s.name,
      ...optional('nameEn', s.nameEn),
    })),
    // An area whose capabilities all left is not part of the framework any more.
    areas: documentAreas.filter((a) => a.capabilities.length > 0),
    ...(retired.length
      ? {
          retired: retired.map((c) => ({
            code: c.code,
            ...optional('successor', successorOf(c)),
          })),
        }
      : {}),
  };
  return { document, aliases: Object.fromEntries(aliasRows.map((a) => [a.code, a.current])) };
}

export interface FrameworkVersionEntry {
  version: number;
  importedAt: string;
  importedBy: string;
  changes: Record<string, unknown>;
}

/** The current framework for ITD's page: the document, its history and whether a round is open. */
export async function loadCurrentFramework(db: Database, organisationSlug: string) {
  const org = await findOrganisation(db, organisationSlug);
  const framework = await findCurrentFramework(db, org.id);
  if (!framework) throw new NotFoundError('framework', organisationSlug);
  const [current, history, [open]] = await Promise.all([
    readFrameworkDocument(db, framework),
    db
      .select({
        version: frameworkVersions.version,
        importedAt: frameworkVersions.importedAt,
        importedBy: frameworkVersions.importedBy,
        changes: frameworkVersions.changes,
      })
      .from(frameworkVersions)
      .where(eq(frameworkVersions.frameworkId, framework.id))
      .orderBy(desc(frameworkVersions.version)),
    db
      .select({ code: rounds.code })
      .from(rounds)
      .where(and(eq(rounds.organisationId, org.id), eq(rounds.status, 'open'))),
  ]);
  return {
    ...current,
    history: history.map((h): FrameworkVersionEntry => ({
      ...h,
      importedAt: new Date(h.importedAt).toISOString(),
    })),
    openRound: open?.code ?? null,
  };
}

/** One version of the current framework as it was imported; the current one as it stands now. */
export async function loadFrameworkVersion(
  db: Database,
  organisationSlug: string,
  version?: number,
): Promise<FrameworkDocument> {
  const org = await findOrganisation(db, organisationSlug);
  const framework = await findCurrentFramework(db, org.id);
  if (!framework) throw new NotFoundError('framework', organisationSlug);
  if (version === undefined || version === framework.version) {
    return (await readFrameworkDocument(db, framework)).document;
  }
  const [row] = await db
    .select({ document: frameworkVersions.document })
    .from(frameworkVersions)
    .where(
      and(eq(frameworkVersions.frameworkId, framework.id), eq(frameworkVersions.version, version)),
    );
  if (!row) throw new NotFoundError('frameworkVersion', String(version));
  return row.document as unknown as FrameworkDocument;
}
