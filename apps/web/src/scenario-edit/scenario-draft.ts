import { makeCode } from '@lagesbild/domain';
import type { NeedData } from '../needs/types';
import type { ScenarioData } from './types';

export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const REASON_MAX = 1000;
/** The start years offered; a saved year outside them is kept as an option. */
export const START_YEARS = Array.from({ length: 10 }, (_, i) => 2026 + i);

/** One need's row in the editor, as typed. */
export interface DraftRow {
  included: boolean;
  startYear: string;
  reason: string;
}

export interface ScenarioDraft {
  name: string;
  description: string;
  /** Keyed by need code. */
  rows: Record<string, DraftRow>;
}

export type ScenarioFieldKey = 'name' | 'description' | `start.${string}` | `reason.${string}`;
/** A message key under `scenarioEdit.errors`. */
export type ScenarioFieldError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'descriptionTooLong'
  | 'yearInvalid'
  | 'reasonRequired'
  | 'reasonTooLong';
export type ScenarioFieldErrors = Partial<Record<ScenarioFieldKey, ScenarioFieldError>>;

export function scenarioFieldId(key: ScenarioFieldKey): string {
  return `scenario-${key.replace(/\./g, '-')}`;
}

/**
 * When a need left out must say why: when it is taken out of the saved scenario, or when ITD has
 * committed to it (planned or ongoing). Needs the scenario never had, and undecided proposals, may
 * stay out without one; otherwise every new need would block saving every scenario until explained.
 */
export function requiresReason(
  need: Pick<NeedData, 'code' | 'status'>,
  saved: Pick<ScenarioData, 'needs'> | null,
): boolean {
  if (saved?.needs.some((n) => n.needCode === need.code)) return true;
  return need.status === 'planned' || need.status === 'ongoing';
}

/** The needs the editor lists: all still in play, and any the scenario already has. */
export function listScenarioNeeds(
  needs: readonly NeedData[],
  scenario: Pick<ScenarioData, 'needs'> | null,
): NeedData[] {
  const chosen = new Set(scenario?.needs.map((n) => n.needCode));
  return needs.filter(
    (n) => chosen.has(n.code) || (n.status !== 'declined' && n.status !== 'done'),
  );
}

/**
 * The editor's values for a saved scenario, or for a new one: that starts from what ITD has
 * committed to (planned and ongoing needs, at their planned start), which any scenario must hold or
 * explain leaving out.
 */
export function toScenarioDraft(
  scenario: ScenarioData | null,
  needs: readonly NeedData[],
): ScenarioDraft {
  const rows: Record<string, DraftRow> = {};
  for (const need of listScenarioNeeds(needs, scenario)) {
    const chosen = scenario?.needs.find((n) => n.needCode === need.code);
    const committed = need.status === 'planned' || need.status === 'ongoing';
    rows[need.code] = {
      included: scenario ? Boolean(chosen) : committed,
      startYear: String(chosen?.startYear ?? need.plannedStart),
      reason: scenario?.leftOut.find((l) => l.needCode === need.code)?.reason ?? '',
    };
  }
  return { name: scenario?.name ?? '', description: scenario?.description ?? '', rows };
}

function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 2020 && year <= 2100 ? year : null;
}

/** The included needs with the years they start, for the live consequence. */
export function listChosen(draft: ScenarioDraft): { needCode: string; startYear: number }[] {
  return Object.entries(draft.rows).flatMap(([needCode, row]) => {
    const startYear = parseYear(row.startYear);
    return row.included && startYear !== null ? [{ needCode, startYear }] : [];
  });
}

/**
 * Checks the draft the way the API will, and the reason rule above, and builds what
 * `planning.saveScenario` takes. Reasons for needs the editor does not list (declined or done since)
 * are kept as they were.
 */
export function buildScenario(
  draft: ScenarioDraft,
  code: string,
  needs: readonly NeedData[],
  saved: ScenarioData | null,
): { ok: true; scenario: ScenarioData } | { ok: false; errors: ScenarioFieldErrors } {
  const errors: ScenarioFieldErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'nameRequired';
  else if (name.length > NAME_MAX) errors.name = 'nameTooLong';
  const description = draft.description.trim();
  if (description.length > DESCRIPTION_MAX) errors.description = 'descriptionTooLong';

  const byCode = new Map(needs.map((n) => [n.code, n]));
  const chosen: ScenarioData['needs'] = [];
  const leftOut: ScenarioData['leftOut'] = [];
  for (const [needCode, row] of Object.entries(draft.rows)) {
    const reason = row.reason.trim();
    if (row.included) {
      const startYear = parseYear(row.startYear);
      if (startYear === null) errors[`start.${needCode}`] = 'yearInvalid';
      else chosen.push({ needCode, startYear });
    } else if (reason.length > REASON_MAX) errors[`reason.${needCode}`] = 'reasonTooLong';
    else if (reason !== '') leftOut.push({ needCode, reason });
    else if (
      requiresReason(byCode.get(needCode) ?? { code: needCode, status: 'proposed' }, saved)
    ) {
      errors[`reason.${needCode}`] = 'reasonRequired';
    }
  }
  const listed = new Set(Object.keys(draft.rows));
  leftOut.push(...(saved?.leftOut ?? []).filter((l) => !listed.has(l.needCode)));

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, scenario: { code, name, description, needs: chosen, leftOut } };
}

/** Every input in the order it stands on the page: focus and the error summary follow it. */
export function listScenarioFieldOrder(draft: ScenarioDraft): ScenarioFieldKey[] {
  return [
    'name',
    'description',
    ...Object.keys(draft.rows).flatMap(
      (code) => [`start.${code}`, `reason.${code}`] as ScenarioFieldKey[],
    ),
  ];
}

/** A code for a new scenario from its name, like the API makes need codes: unique among `taken`. */
export function createScenarioCode(name: string, taken: ReadonlySet<string>): string {
  // `ny` is the address of the form for a new scenario, so no scenario may have it as its code.
  return makeCode(name, taken, 'scenario', ['ny']);
}
