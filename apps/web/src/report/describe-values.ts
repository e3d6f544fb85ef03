import type { TFunction } from 'i18next';
import { formatDate } from '../format';
import type { ConflictRow } from '../components/conflict-table';
import type { CardValues } from './report-values';
import type { ReportItemData } from './types';

export interface ValueRow {
  label: string;
  value: string;
}

/** A level with its name, as the scale calls it: "3 Definierad". */
export function describeLevel(levels: ReportItemData['levels'], level: number): string {
  const name = levels.find((l) => l.level === level)?.name;
  return name ? `${level} ${name}` : String(level);
}

/** A card's answers as label and text, for the read-only view and the conflict's comparison. */
export function describeValues(
  t: TFunction,
  levels: ReportItemData['levels'],
  values: CardValues,
): ValueRow[] {
  const empty = t('report.empty');
  const text = (value: string) => value.trim() || empty;
  const rating =
    values.rating === ''
      ? t('report.notAnswered')
      : values.rating === 'na'
        ? t('report.notApplicable')
        : describeLevel(levels, Number(values.rating));
  const confidence = values.confidence === '' ? empty : t(`confidence.${values.confidence}`);
  const date = values.evidenceDate.trim();
  return [
    { label: t('report.field.rating'), value: rating },
    {
      label: t('report.field.targetLevel'),
      value: values.targetLevel ? describeLevel(levels, Number(values.targetLevel)) : empty,
    },
    { label: t('report.field.targetYear'), value: text(values.targetYear) },
    { label: t('report.field.evidenceText'), value: text(values.evidenceText) },
    { label: t('report.field.evidenceLink'), value: text(values.evidenceLink) },
    { label: t('report.field.evidenceOwner'), value: text(values.evidenceOwner) },
    {
      label: t('report.field.evidenceDate'),
      value: /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date) : text(date),
    },
    { label: t('report.field.confidence'), value: confidence },
    { label: t('report.field.comment'), value: text(values.comment) },
  ];
}

/** Last round's answer: "Förra omgången: 3 Definierad, validerad 2". */
export function describePrevious(t: TFunction, item: ReportItemData): string | null {
  const previous = item.previous;
  if (!previous) return null;
  if (previous.notApplicable) return t('report.previousNotApplicable');
  if (previous.selfRating === null) return t('report.previousNone');
  const rating = describeLevel(item.levels, previous.selfRating);
  return previous.validatedRating === null
    ? t('report.previous', { rating })
    : t('report.previousValidated', { rating, validated: previous.validatedRating });
}

/** Both answers of a card row by row, for the conflict panel. */
export function describeCardConflict(
  t: TFunction,
  levels: ReportItemData['levels'],
  mine: CardValues,
  saved: CardValues,
): ConflictRow[] {
  const savedRows = describeValues(t, levels, saved);
  return describeValues(t, levels, mine).map((row, i) => ({
    label: row.label,
    mine: row.value,
    saved: savedRows[i]?.value ?? '',
  }));
}
