import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { CONSTRAINT_KINDS, MAX_NEED_YEARS } from '@lagesbild/domain';
import { NEED_STATUSES } from '@lagesbild/domain';
import type { CompetenceArea } from '@lagesbild/domain';
import { parseFte } from '../forms/parse-fte';
import type { NeedData } from './types';
import {
  parseTkr,
  parseWhole,
  type NeedFieldErrors,
  type NeedFieldKey,
  type NeedFormValues,
} from './need-values';

/** What `planning.saveNeed` and `planning.proposeNeed` take as `fields`. */
export type NeedFields = Omit<
  NeedData,
  'code' | 'version' | 'decisionReason' | 'proposedByUnit' | 'updatedAt' | 'updatedBy'
>;

/** A unit's proposal has no owner or status on the form: they are its own unit and 'proposed'. */
export type NeedFormMode = { kind: 'itd' } | { kind: 'propose'; unit: string };

export interface BuiltNeed {
  fields: NeedFields;
  /** The API's issue path (`fields.fte.2.fte`) for each input that went into the fields. */
  fieldOfPath: Record<string, NeedFieldKey>;
}

/** Every input in the order it stands on the form: focus and the error summary follow it. */
export function listNeedFieldOrder(values: NeedFormValues, mode: NeedFormMode): NeedFieldKey[] {
  const duration = parseWhole(values.durationYears, 1, MAX_NEED_YEARS) ?? 1;
  return [
    'title',
    'description',
    ...(mode.kind === 'itd' ? (['ownerUnits'] as const) : []),
    ...values.capabilities.flatMap(
      (c) => [`capability.${c.key}.code`, `capability.${c.key}.lift`] as const,
    ),
    'plannedStart',
    'durationYears',
    ...Array.from({ length: duration }, (_, i) => `oneOff.${i}` as const),
    'operatingTkr',
    ...values.benefitTkr.map((_, i) => `benefit.${i}` as const),
    ...values.fte.flatMap(
      (f) => [`fte.${f.key}.area`, `fte.${f.key}.year`, `fte.${f.key}.value`] as const,
    ),
    'dependsOn',
    ...CONSTRAINT_KINDS.map((kind) => `constraint.${kind}.note` as const),
    'risk',
    'priority',
    ...(mode.kind === 'itd' ? (['status'] as const) : []),
  ];
}

/**
 * Checks the form the way the API will and builds the fields it takes. Empty money is 0; empty
 * benefit years at the end are not sent, so the ramp ends at the last one given.
 */
export function buildNeedFields(
  values: NeedFormValues,
  mode: NeedFormMode,
): { ok: true; built: BuiltNeed } | { ok: false; errors: NeedFieldErrors } {
  const errors: NeedFieldErrors = {};
  const paths: Record<string, NeedFieldKey> = {};
  const at = (key: NeedFieldKey, ...apiPaths: string[]) => {
    for (const p of apiPaths) paths[`fields.${p}`] = key;
  };

  const title = values.title.trim();
  if (title === '') errors.title = 'titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'titleTooLong';
  at('title', 'title');
  const description = values.description.trim();
  if (description.length > TEXT_MAX_LENGTH) errors.description = 'textTooLong';
  at('description', 'description');

  const ownerUnits = mode.kind === 'itd' ? values.ownerUnits : [mode.unit];
  if (ownerUnits.length === 0) errors.ownerUnits = 'ownerUnitsRequired';
  if (mode.kind === 'itd') {
    at('ownerUnits', 'ownerUnits', ...ownerUnits.map((_, i) => `ownerUnits.${i}`));
  }

  const capabilities: NeedFields['capabilities'] = [];
  const seenCapabilities = new Set<string>();
  values.capabilities.forEach((row, i) => {
    const code = `capability.${row.key}.code` as const;
    const liftKey = `capability.${row.key}.lift` as const;
    at(code, `capabilities.${i}`, `capabilities.${i}.capabilityCode`);
    at(liftKey, `capabilities.${i}.lift`);
    if (row.code === '') errors[code] = 'capabilityRequired';
    else if (seenCapabilities.has(row.code)) errors[code] = 'duplicate';
    seenCapabilities.add(row.code);
    const lift = parseWhole(row.lift, 1, 4);
    if (lift === null) errors[liftKey] = 'liftInvalid';
    capabilities.push({ capabilityCode: row.code, lift: lift ?? 1 });
  });

  const plannedStart = parseWhole(values.plannedStart, 2020, 2100);
  if (plannedStart === null) errors.plannedStart = 'yearInvalid';
  at('plannedStart', 'plannedStart');
  const durationYears = parseWhole(values.durationYears, 1, MAX_NEED_YEARS);
  if (durationYears === null) errors.durationYears = 'durationInvalid';
  at('durationYears', 'durationYears');

  const oneOffTkr = values.oneOffTkr.slice(0, durationYears ?? 1).map((text, i) => {
    const parsed = parseTkr(text);
    at(`oneOff.${i}`, `oneOffTkr.${i}`);
    if (!parsed.ok) errors[`oneOff.${i}`] = parsed.error;
    return parsed.ok ? (parsed.value ?? 0) : 0;
  });
  at('oneOff.0', 'oneOffTkr');

  const operating = parseTkr(values.operatingTkr);
  if (!operating.ok) errors.operatingTkr = operating.error;
  at('operatingTkr', 'operatingTkr');

  const lastBenefit = values.benefitTkr.findLastIndex((text) => text.trim() !== '');
  const benefitTkr = values.benefitTkr.slice(0, lastBenefit + 1).map((text, i) => {
    at(`benefit.${i}`, `benefitTkr.${i}`);
    const parsed = parseTkr(text);
    return parsed.ok ? (parsed.value ?? 0) : 0;
  });
  // A bad entry after the last one given is still a mistake the user should see.
  values.benefitTkr.forEach((text, i) => {
    const parsed = parseTkr(text);
    if (!parsed.ok) errors[`benefit.${i}`] = parsed.error;
  });
  at('benefit.0', 'benefitTkr');

  const fte: NeedFields['fte'] = [];
  const seenFte = new Set<string>();
  values.fte.forEach((row, i) => {
    const areaKey = `fte.${row.key}.area` as const;
    const yearKey = `fte.${row.key}.year` as const;
    const valueKey = `fte.${row.key}.value` as const;
    at(areaKey, `fte.${i}`, `fte.${i}.area`);
    at(yearKey, `fte.${i}.yearIndex`);
    at(valueKey, `fte.${i}.fte`);
    if (row.area === '') errors[areaKey] = 'areaRequired';
    const yearIndex = parseWhole(row.yearIndex, 0, MAX_NEED_YEARS - 1);
    if (yearIndex === null || (durationYears !== null && yearIndex >= durationYears)) {
      errors[yearKey] = 'beyondDuration';
    } else if (row.area !== '' && seenFte.has(`${row.area}/${yearIndex}`)) {
      errors[yearKey] = 'duplicate';
    }
    seenFte.add(`${row.area}/${yearIndex}`);
    const parsed = parseFte(row.fte);
    if (!parsed.ok) errors[valueKey] = parsed.error;
    else if (parsed.value === null) errors[valueKey] = 'fteRequired';
    fte.push({
      area: row.area as CompetenceArea,
      yearIndex: yearIndex ?? 0,
      fte: parsed.ok ? (parsed.value ?? 0) : 0,
    });
  });

  at('dependsOn', 'dependsOn', ...values.dependsOn.map((_, i) => `dependsOn.${i}`));

  const constraints: NeedFields['constraints'] = [];
  for (const kind of CONSTRAINT_KINDS) {
    const c = values.constraints[kind];
    if (!c.checked) continue;
    const key = `constraint.${kind}.note` as const;
    const note = c.note.trim();
    if (note.length > TEXT_MAX_LENGTH) errors[key] = 'textTooLong';
    at(key, `constraints.${constraints.length}`, `constraints.${constraints.length}.note`);
    constraints.push({ kind, note });
  }

  const risk = parseWhole(values.risk, 1, 5);
  if (risk === null) errors.risk = 'riskInvalid';
  at('risk', 'risk');
  const priority = parseWhole(values.priority, 1, 5);
  if (priority === null) errors.priority = 'priorityInvalid';
  at('priority', 'priority');
  const status = mode.kind === 'itd' ? values.status : 'proposed';
  if (!(NEED_STATUSES as readonly string[]).includes(status)) errors.status = 'statusInvalid';
  if (mode.kind === 'itd') at('status', 'status');

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    built: {
      fields: {
        title,
        description,
        ownerUnits,
        capabilities,
        plannedStart: plannedStart!,
        durationYears: durationYears!,
        oneOffTkr,
        operatingTkr: operating.ok ? (operating.value ?? 0) : 0,
        benefitTkr,
        fte,
        dependsOn: [...values.dependsOn],
        constraints,
        risk: risk!,
        priority: priority!,
        status,
      },
      fieldOfPath: paths,
    },
  };
}
