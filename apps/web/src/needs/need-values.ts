import { CONSTRAINT_KINDS, MAX_NEED_YEARS } from '@lagesbild/domain';
import type { CompetenceArea } from '@lagesbild/domain';
import { formatFteInput } from '../forms/parse-fte';
import type { NeedData } from './types';

export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];
// The API's money limit (needFieldsSchema in @lagesbild/domain).
export const TKR_MAX = 100_000_000;
/** Benefit inputs the form offers; a need saved with a longer ramp shows all of its years. */
export const BENEFIT_INPUTS = 5;

export interface CapabilityRow {
  /** Stable across edits, so React and the field ids follow the row when others are removed. */
  key: string;
  code: string;
  lift: string;
}

export interface FteRow {
  key: string;
  area: CompetenceArea | '';
  yearIndex: string;
  fte: string;
}

/** The form as typed: numbers stay text until they are checked. */
export interface NeedFormValues {
  title: string;
  description: string;
  ownerUnits: string[];
  capabilities: CapabilityRow[];
  plannedStart: string;
  durationYears: string;
  /** One input per possible year; only the first `durationYears` are sent. */
  oneOffTkr: string[];
  operatingTkr: string;
  benefitTkr: string[];
  fte: FteRow[];
  dependsOn: string[];
  constraints: Record<ConstraintKind, { checked: boolean; note: string }>;
  risk: string;
  priority: string;
  status: NeedData['status'];
}

/** One input on the form; also the base of its DOM id (see `needFieldId`). */
export type NeedFieldKey =
  | 'title'
  | 'description'
  | 'ownerUnits'
  | `capability.${string}.code`
  | `capability.${string}.lift`
  | 'plannedStart'
  | 'durationYears'
  | `oneOff.${number}`
  | 'operatingTkr'
  | `benefit.${number}`
  | `fte.${string}.area`
  | `fte.${string}.year`
  | `fte.${string}.value`
  | 'dependsOn'
  | `constraint.${ConstraintKind}.note`
  | 'risk'
  | 'priority'
  | 'status';

/** A message key under `needs.errors`. */
export type NeedFieldError =
  | 'invalidText'
  | 'titleRequired'
  | 'titleTooLong'
  | 'textTooLong'
  | 'ownerUnitsRequired'
  | 'unknownUnit'
  | 'ownUnitOnly'
  | 'capabilityRequired'
  | 'unknownCapability'
  | 'duplicate'
  | 'liftInvalid'
  | 'yearInvalid'
  | 'durationInvalid'
  | 'tkrInvalid'
  | 'tkrNegative'
  | 'tkrTooLarge'
  | 'beyondDuration'
  | 'areaRequired'
  | 'fteRequired'
  | 'fteInvalid'
  | 'fteNegative'
  | 'fteDecimals'
  | 'fteTooLarge'
  | 'unknownNeed'
  | 'dependencyCycle'
  | 'dependsOnItself'
  | 'riskInvalid'
  | 'priorityInvalid'
  | 'statusInvalid'
  | 'proposedOnly'
  | 'invalid';

export type NeedFieldErrors = Partial<Record<NeedFieldKey, NeedFieldError>>;

export function needFieldId(key: NeedFieldKey): string {
  return `need-${key.replace(/\./g, '-')}`;
}

let lastKey = 0;
/** A new row's key; only unique within the page, which is all React and the ids need. */
export function createRowKey(): string {
  lastKey += 1;
  return `r${lastKey}`;
}

function padValues(values: readonly string[], length: number): string[] {
  return [...values, ...Array.from({ length: Math.max(0, length - values.length) }, () => '')];
}

/** The form's values for a need, or an empty form (a new need starts in `startYear`). */
export function toNeedFormValues(
  need: NeedData | null,
  options: { startYear: number; ownUnit: string | null; locale: string },
): NeedFormValues {
  const constraints = Object.fromEntries(
    CONSTRAINT_KINDS.map((kind) => {
      const c = need?.constraints.find((x) => x.kind === kind);
      return [kind, { checked: Boolean(c), note: c?.note ?? '' }];
    }),
  ) as NeedFormValues['constraints'];
  if (!need) {
    return {
      title: '',
      description: '',
      ownerUnits: options.ownUnit ? [options.ownUnit] : [],
      capabilities: [],
      plannedStart: String(options.startYear),
      durationYears: '1',
      oneOffTkr: padValues([], MAX_NEED_YEARS),
      operatingTkr: '',
      benefitTkr: padValues([], BENEFIT_INPUTS),
      fte: [],
      dependsOn: [],
      constraints,
      risk: '3',
      priority: '3',
      // ITD enters needs it has already taken on; a unit's proposal is sent as 'proposed' anyway.
      status: options.ownUnit ? 'proposed' : 'accepted',
    };
  }
  return {
    title: need.title,
    description: need.description,
    ownerUnits: [...need.ownerUnits],
    capabilities: need.capabilities.map((c) => ({
      key: createRowKey(),
      code: c.capabilityCode,
      lift: String(c.lift),
    })),
    plannedStart: String(need.plannedStart),
    durationYears: String(need.durationYears),
    oneOffTkr: padValues(need.oneOffTkr.map(String), MAX_NEED_YEARS),
    operatingTkr: String(need.operatingTkr),
    benefitTkr: padValues(need.benefitTkr.map(String), BENEFIT_INPUTS),
    fte: need.fte.map((f) => ({
      key: createRowKey(),
      area: f.area,
      yearIndex: String(f.yearIndex),
      fte: formatFteInput(f.fte, options.locale),
    })),
    dependsOn: [...need.dependsOn],
    constraints,
    risk: String(need.risk),
    priority: String(need.priority),
    status: need.status,
  };
}

export type ParsedTkr =
  | { ok: true; value: number | null }
  | { ok: false; error: 'tkrInvalid' | 'tkrNegative' | 'tkrTooLarge' };

/** Whole tkr as a person types them: "1 500" or "1500"; empty is `null`. */
export function parseTkr(text: string): ParsedTkr {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: null };
  if (/^[-−]\d+$/.test(compact)) return { ok: false, error: 'tkrNegative' };
  if (!/^\d+$/.test(compact)) return { ok: false, error: 'tkrInvalid' };
  const value = Number(compact);
  if (value > TKR_MAX) return { ok: false, error: 'tkrTooLarge' };
  return { ok: true, value };
}

/** A whole number from a select or field within `min`…`max`, or null. */
export function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}
