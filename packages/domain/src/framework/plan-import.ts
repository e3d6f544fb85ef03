import type { FrameworkCapability, FrameworkDocument } from './framework-document';
import type { CapabilityTextField, CurrentFramework, FrameworkImportPlan } from './framework-plan';

/**
 * What importing `document` would do to the organisation's framework: a new framework when the
 * slug differs (or there is none), otherwise the next version mapped onto the current one so that
 * no capability, and so no assessment, is lost. Pure: the preview shows exactly this, and the
 * import applies exactly this.
 */
export function planFrameworkImport(
  current: CurrentFramework | null,
  document: FrameworkDocument,
): FrameworkImportPlan {
  const plan: FrameworkImportPlan = {
    kind: 'newVersion',
    slug: document.slug,
    name: document.name,
    version: document.version,
    previousVersion: null,
    added: [],
    renamed: [],
    merged: [],
    retired: [],
    changedText: [],
    areas: { added: [], changed: [], retired: [] },
    frameworkChanged: [],
    errors: [],
  };
  if (!current || current.document.slug !== document.slug) {
    return planNewFramework(plan, document);
  }
  plan.previousVersion = current.document.version;
  planCapabilities(plan, current, document);
  planRetirements(plan, current, document);
  planAreasAndScale(plan, current.document, document);

  const changes =
    plan.added.length +
    plan.renamed.length +
    plan.merged.length +
    plan.retired.length +
    plan.changedText.length +
    plan.areas.added.length +
    plan.areas.changed.length +
    plan.areas.retired.length +
    plan.frameworkChanged.length;
  const currentVersion = current.document.version;
  if (document.version === currentVersion && changes === 0 && plan.errors.length === 0) {
    plan.kind = 'unchanged';
  } else if (document.version !== currentVersion + 1) {
    plan.errors.push({
      path: 'version',
      code: 'versionNotNext',
      params: { expected: currentVersion + 1 },
    });
  }
  return plan;
}

function planNewFramework(plan: FrameworkImportPlan, document: FrameworkDocument) {
  plan.kind = 'newFramework';
  document.areas.forEach((area, a) => {
    plan.areas.added.push(area.code);
    area.capabilities.forEach((cap, c) => {
      plan.added.push({ code: cap.code, name: cap.name, areaCode: area.code });
      // Nothing came before, so there is nothing to continue.
      if (cap.replaces) {
        plan.errors.push({
          path: `areas[${a}].capabilities[${c}].replaces`,
          code: 'replacesInNewFramework',
        });
      }
    });
  });
  if (document.retired?.length) {
    plan.errors.push({ path: 'retired', code: 'retiredInNewFramework' });
  }
  return plan;
}

interface Located {
  cap: FrameworkCapability;
  areaCode: string;
}

function indexCapabilities(document: FrameworkDocument): Map<string, Located> {
  return new Map(
    document.areas.flatMap((area) =>
      area.capabilities.map((cap) => [cap.code, { cap, areaCode: area.code }] as const),
    ),
  );
}

function planCapabilities(
  plan: FrameworkImportPlan,
  current: CurrentFramework,
  document: FrameworkDocument,
) {
  const active = indexCapabilities(current.document);
  const retiredBefore = new Set(current.document.retired?.map((r) => r.code));
  document.areas.forEach((area, a) =>
    area.capabilities.forEach((cap, c) => {
      const at = `areas[${a}].capabilities[${c}]`;
      const kept = active.get(cap.code);
      const replaced = (cap.replaces ?? []).filter((old, r) => {
        if (active.has(old)) return true;
        // Renamed in an earlier version: a document of that version may be imported again.
        if (current.aliases[old] === cap.code) return false;
        plan.errors.push({
          path: `${at}.replaces[${r}]`,
          code: retiredBefore.has(old) ? 'replacesRetired' : 'unknownReplaced',
          params: { code: old },
        });
        return false;
      });

      if (kept) {
        const fields = diffCapability(kept, cap, area.code);
        if (fields.length) plan.changedText.push({ code: cap.code, name: cap.name, fields });
        if (replaced.length) plan.merged.push({ into: cap.code, name: cap.name, codes: replaced });
        return;
      }
      if (retiredBefore.has(cap.code)) {
        plan.errors.push({ path: `${at}.code`, code: 'codeRetired', params: { code: cap.code } });
        return;
      }
      const [first, ...rest] = replaced;
      const aliasOf = current.aliases[cap.code];
      // An old code may come back only to the capability it already names.
      if (aliasOf !== undefined && aliasOf !== first) {
        plan.errors.push({ path: `${at}.code`, code: 'codeInUse', params: { code: cap.code } });
        return;
      }
      if (first === undefined) {
        plan.added.push({ code: cap.code, name: cap.name, areaCode: area.code });
        return;
      }
      plan.renamed.push({
        from: first,
        to: cap.code,
        nameBefore: active.get(first)!.cap.name,
        nameAfter: cap.name,
      });
      if (rest.length) plan.merged.push({ into: cap.code, name: cap.name, codes: rest });
    }),
  );
}

/** Every capability of the current version is kept, continued through `replaces`, or retired. */
function planRetirements(
  plan: FrameworkImportPlan,
  current: CurrentFramework,
  document: FrameworkDocument,
) {
  const active = indexCapabilities(current.document);
  const retiredBefore = new Set(current.document.retired?.map((r) => r.code));
  const accounted = new Set<string>();
  for (const area of document.areas) {
    for (const cap of area.capabilities) {
      accounted.add(cap.code);
      cap.replaces?.forEach((old) => accounted.add(old));
    }
  }
  document.retired?.forEach((r, i) => {
    accounted.add(r.code);
    const found = active.get(r.code);
    if (found) {
      plan.retired.push({ code: r.code, name: found.cap.name, successor: r.successor ?? null });
    } else if (!retiredBefore.has(r.code)) {
      plan.errors.push({
        path: `retired[${i}].code`,
        code: 'unknownRetired',
        params: { code: r.code },
      });
    }
  });
  for (const code of active.keys()) {
    if (!accounted.has(code))
      plan.errors.push({ path: 'retired', code: 'capabilityMissing', params: { code } });
  }
}

function planAreasAndScale(
  plan: FrameworkImportPlan,
  current: FrameworkDocument,
  document: FrameworkDocument,
) {
  const areasBefore = new Map(current.areas.map((a) => [a.code, a]));
  for (const area of document.areas) {
    const before = areasBefore.get(area.code);
    if (!before) plan.areas.added.push(area.code);
    else if (before.name !== area.name || before.nameEn !== area.nameEn) {
      plan.areas.changed.push(area.code);
    }
  }
  const codes = new Set(document.areas.map((a) => a.code));
  plan.areas.retired = current.areas.filter((a) => !codes.has(a.code)).map((a) => a.code);

  if (current.name !== document.name) plan.frameworkChanged.push('name');
  if (current.nameEn !== document.nameEn) plan.frameworkChanged.push('nameEn');
  // Ratings already given are on the current scale: its length is fixed for the framework's life.
  if (current.scale.length !== document.scale.length) {
    plan.errors.push({
      path: 'scale',
      code: 'scaleLengthChanged',
      params: { expected: current.scale.length },
    });
  } else if (
    current.scale.some(
      (s, i) => s.name !== document.scale[i]!.name || s.nameEn !== document.scale[i]!.nameEn,
    )
  ) {
    plan.frameworkChanged.push('scale');
  }
}

function diffCapability(
  before: Located,
  after: FrameworkCapability,
  areaCode: string,
): CapabilityTextField[] {
  const b = before.cap;
  const fields: CapabilityTextField[] = [];
  if (b.name !== after.name) fields.push('name');
  if (b.nameEn !== after.nameEn) fields.push('nameEn');
  if ((b.description ?? '') !== (after.description ?? '')) fields.push('description');
  if (b.descriptionEn !== after.descriptionEn) fields.push('descriptionEn');
  if (before.areaCode !== areaCode) fields.push('area');
  const levelsDiffer =
    b.levels.length !== after.levels.length ||
    b.levels.some(
      (l, i) =>
        l.descriptor !== after.levels[i]?.descriptor ||
        l.descriptorEn !== after.levels[i]?.descriptorEn,
    );
  if (levelsDiffer) fields.push('levels');
  return fields;
}
