import type { Confidence, ReportItemData, SaveFields } from './types';

/** The rating radio group's value: a level, "not applicable", or nothing chosen yet. */
export type RatingChoice = '' | 'na' | '1' | '2' | '3' | '4' | '5';

/**
 * What a card's form holds: text as typed, so a half-written year or link can be shown back with its
 * error; it becomes the API's payload only in `buildSaveFields`.
 */
export interface CardValues {
  rating: RatingChoice;
  targetLevel: string;
  targetYear: string;
  evidenceText: string;
  evidenceLink: string;
  evidenceOwner: string;
  evidenceDate: string;
  confidence: '' | Confidence;
  comment: string;
}

/** The saved fields a card starts from: an item of the form, or the current values in a conflict. */
export interface SavedFields {
  selfRating: number | null;
  targetLevel: number | null;
  targetYear: number | null;
  notApplicable: boolean;
  evidence: { text: string | null; link: string | null; owner: string | null; date: string | null };
  confidence: Confidence | null;
  comment: string | null;
}

export const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
export const LEVELS = [1, 2, 3, 4, 5] as const;

function toRatingChoice(fields: Pick<SavedFields, 'selfRating' | 'notApplicable'>): RatingChoice {
  if (fields.notApplicable) return 'na';
  return fields.selfRating === null ? '' : (String(fields.selfRating) as RatingChoice);
}

export function toCardValues(fields: SavedFields): CardValues {
  return {
    rating: toRatingChoice(fields),
    targetLevel: fields.targetLevel === null ? '' : String(fields.targetLevel),
    targetYear: fields.targetYear === null ? '' : String(fields.targetYear),
    evidenceText: fields.evidence.text ?? '',
    evidenceLink: fields.evidence.link ?? '',
    evidenceOwner: fields.evidence.owner ?? '',
    evidenceDate: fields.evidence.date ?? '',
    confidence: fields.confidence ?? '',
    comment: fields.comment ?? '',
  };
}

/** Empty text is "no answer" on the wire, not an empty string. */
function toText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function toLevel(value: string): 1 | 2 | 3 | 4 | 5 | null {
  return LEVELS.find((l) => String(l) === value) ?? null;
}

/** The `fields` of `report.save`; call it only on values that `validateCardValues` accepted. */
export function buildSaveFields(values: CardValues): SaveFields {
  const year = values.targetYear.trim();
  return {
    selfRating: values.rating === 'na' ? null : toLevel(values.rating),
    targetLevel: toLevel(values.targetLevel),
    targetYear: year === '' ? null : Number(year),
    notApplicable: values.rating === 'na',
    evidence: {
      text: toText(values.evidenceText),
      link: toText(values.evidenceLink),
      owner: toText(values.evidenceOwner),
      date: toText(values.evidenceDate),
    },
    confidence: values.confidence === '' ? null : values.confidence,
    comment: toText(values.comment),
  };
}

/** The item as saved, after a save with these values at this version. */
export function applySavedFields(
  item: ReportItemData,
  fields: SaveFields,
  version: number,
): ReportItemData {
  return { ...item, ...fields, version, confirmed: true };
}

/** Whether two cards say the same thing once trimmed: what decides if a card has unsaved changes. */
export function isSameValues(a: CardValues, b: CardValues): boolean {
  return JSON.stringify(buildSaveFields(a)) === JSON.stringify(buildSaveFields(b));
}

/** A card still holding only what the previous round left: the unit has not said it still holds. */
export function isUnconfirmedPrefill(item: ReportItemData): boolean {
  return !item.confirmed && (item.notApplicable || item.selfRating !== null);
}
