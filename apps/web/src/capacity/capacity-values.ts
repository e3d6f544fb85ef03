import { COMPETENCE_AREAS } from '@lagesbild/domain';
import type { CompetenceArea } from '@lagesbild/domain';
import { formatFteInput, parseFte, sumFte, type FteError } from '../forms/parse-fte';
import type { CapabilityData, CapacityReportData } from './types';

/** The form as typed: text for FTEs, '' for "not assessed" or "no base requirement". */
export interface CapacityValues {
  planningFte: string;
  competences: Record<CompetenceArea, { fte: string; level: string }>;
  /** Keyed `${area}.${year}`; an empty cell is no demand that year. */
  demand: Record<string, string>;
  /** Keyed by capability code; '' is no base requirement. */
  requirements: Record<string, string>;
}

/** One input on the form; also the base of its DOM id (see `fieldId`). */
export type FieldKey =
  | 'planningFte'
  | `competence.${CompetenceArea}.fte`
  | `competence.${CompetenceArea}.level`
  | `demand.${CompetenceArea}.${number}`
  | `requirement.${string}`;

/** A message key under `capacity.errors`. */
export type FieldError = FteError | 'levelInvalid' | 'duplicate' | 'unknownCapability';
export type FieldErrors = Partial<Record<FieldKey, FieldError>>;

export function fieldId(key: FieldKey): string {
  return `capacity-${key.replace(/\./g, '-')}`;
}

/** The form's values from a saved (or last round's) report; `null` starts empty. */
export function toCapacityValues(
  report: CapacityReportData | null,
  capabilities: readonly CapabilityData[],
  locale: string,
): CapacityValues {
  const fte = (n: number) => formatFteInput(n, locale);
  const competences = Object.fromEntries(
    COMPETENCE_AREAS.map((area) => {
      const c = report?.competences.find((x) => x.area === area);
      return [area, { fte: c ? fte(c.fte) : '', level: c?.level ? String(c.level) : '' }];
    }),
  ) as CapacityValues['competences'];
  const known = new Set(capabilities.map((c) => c.code));
  return {
    planningFte: report ? fte(report.planningFte) : '',
    competences,
    demand: Object.fromEntries(
      (report?.demand ?? []).map((d) => [`${d.area}.${d.year}`, fte(d.fte)]),
    ),
    // A capability the framework no longer has would be refused: it is left behind.
    requirements: Object.fromEntries(
      (report?.baseRequirements ?? [])
        .filter((b) => known.has(b.capabilityCode))
        .map((b) => [b.capabilityCode, String(b.requiredLevel)]),
    ),
  };
}

/** Every input in the order it stands on the page: focus and the error summary follow it. */
export function listFieldOrder(
  years: readonly number[],
  capabilities: readonly CapabilityData[],
): FieldKey[] {
  return [
    'planningFte',
    ...COMPETENCE_AREAS.flatMap(
      (area) => [`competence.${area}.fte`, `competence.${area}.level`] as const,
    ),
    ...COMPETENCE_AREAS.flatMap((area) => years.map((year) => `demand.${area}.${year}` as const)),
    ...capabilities.map((c) => `requirement.${c.code}` as const),
  ];
}

function parseLevel(text: string): number | null | 'invalid' {
  if (text === '') return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : 'invalid';
}

export interface BuiltReport {
  report: CapacityReportData;
  /** The API's issue path (`report.demand.5.fte`) for each input that went into the report. */
  fieldOfPath: Record<string, FieldKey>;
}

/**
 * Checks the form the way the API will and builds what `capacity.save` takes. An empty competence
 * FTE with a level counts as 0; rows and cells left empty are not sent.
 */
export function buildCapacityReport(
  values: CapacityValues,
): { ok: true; built: BuiltReport } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const fieldOfPath: Record<string, FieldKey> = {};
  const report: CapacityReportData = {
    planningFte: 0,
    competences: [],
    demand: [],
    baseRequirements: [],
  };

  const planning = parseFte(values.planningFte);
  if (!planning.ok) errors.planningFte = planning.error;
  else if (planning.value === null) errors.planningFte = 'fteRequired';
  else report.planningFte = planning.value;
  fieldOfPath['report.planningFte'] = 'planningFte';

  for (const area of COMPETENCE_AREAS) {
    const row = values.competences[area];
    const fte = parseFte(row.fte);
    const level = parseLevel(row.level);
    if (!fte.ok) errors[`competence.${area}.fte`] = fte.error;
    if (level === 'invalid') errors[`competence.${area}.level`] = 'levelInvalid';
    if (!fte.ok || level === 'invalid' || (fte.value === null && level === null)) continue;
    const i = report.competences.length;
    report.competences.push({ area, fte: fte.value ?? 0, level });
    fieldOfPath[`report.competences.${i}`] = `competence.${area}.fte`;
    fieldOfPath[`report.competences.${i}.area`] = `competence.${area}.fte`;
    fieldOfPath[`report.competences.${i}.fte`] = `competence.${area}.fte`;
    fieldOfPath[`report.competences.${i}.level`] = `competence.${area}.level`;
  }

  for (const [cell, text] of Object.entries(values.demand)) {
    const [area, year] = splitDemandKey(cell);
    const key: FieldKey = `demand.${area}.${year}`;
    const fte = parseFte(text);
    if (!fte.ok) errors[key] = fte.error;
    if (!fte.ok || fte.value === null) continue;
    const i = report.demand.length;
    report.demand.push({ area, year, fte: fte.value });
    for (const part of ['', '.area', '.year', '.fte'])
      fieldOfPath[`report.demand.${i}${part}`] = key;
  }

  for (const [code, text] of Object.entries(values.requirements)) {
    const level = parseLevel(text);
    const key: FieldKey = `requirement.${code}`;
    if (level === 'invalid') errors[key] = 'levelInvalid';
    if (level === null || level === 'invalid') continue;
    const i = report.baseRequirements.length;
    report.baseRequirements.push({ capabilityCode: code, requiredLevel: level });
    for (const part of ['', '.capabilityCode', '.requiredLevel']) {
      fieldOfPath[`report.baseRequirements.${i}${part}`] = key;
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, built: { report, fieldOfPath } };
}

function splitDemandKey(cell: string): [CompetenceArea, number] {
  const dot = cell.lastIndexOf('.');
  return [cell.slice(0, dot) as CompetenceArea, Number(cell.slice(dot + 1))];
}

export interface CapacityTotals {
  competenceFte: number;
  /** Keyed by year. */
  demandByYear: Record<number, number>;
}

/** The sums under the tables; an entry that is not a number yet counts as nothing. */
export function computeTotals(values: CapacityValues, years: readonly number[]): CapacityTotals {
  const valueOf = (text: string) => {
    const parsed = parseFte(text);
    return parsed.ok ? (parsed.value ?? 0) : 0;
  };
  return {
    competenceFte: sumFte(COMPETENCE_AREAS.map((a) => valueOf(values.competences[a].fte))),
    demandByYear: Object.fromEntries(
      years.map((year) => [
        year,
        sumFte(COMPETENCE_AREAS.map((a) => valueOf(values.demand[`${a}.${year}`] ?? ''))),
      ]),
    ),
  };
}
