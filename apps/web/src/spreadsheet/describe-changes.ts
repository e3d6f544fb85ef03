import type { ImportPreview } from '@lagesbild/domain';
import type { TFunction } from 'i18next';
import { labelField } from '../capacity/field-labels';
import type { FieldKey } from '../capacity/capacity-values';
import { formatFte } from '../forms/format-fte';

type AnswerChange = ImportPreview['answers'][number]['changes'][number];
type CapacityChange = ImportPreview['capacity']['changes'][number];

/** One row of the preview table: what is saved now and what the file says, in words. */
export interface ChangeRow {
  key: string;
  subject: string;
  field: string;
  before: string;
  after: string;
  stale: boolean;
}

function describeAnswerValue(
  t: TFunction,
  field: AnswerChange['field'],
  value: AnswerChange['before'],
) {
  if (value === null || value === '') return t('report.empty');
  if (value === 'notApplicable') return t('report.notApplicable');
  if (field === 'confidence') return t(`confidence.${value as 'low' | 'medium' | 'high'}`);
  return String(value);
}

function describeCapacityValue(field: string, value: number | null, t: TFunction) {
  if (value === null) return t('report.empty');
  return field.endsWith('.level') || field.startsWith('requirement.')
    ? String(value)
    : formatFte(value);
}

/** The preview as table rows: answers first in form order, then the capacity in page order. */
export function listChangeRows(t: TFunction, preview: ImportPreview): ChangeRow[] {
  const answers = preview.answers.flatMap((a) =>
    a.changes.map((c) => ({
      key: `${a.capabilityCode}/${c.field}`,
      subject: a.capabilityName,
      field: t(`report.field.${c.field}`),
      before: describeAnswerValue(t, c.field, c.before),
      after: describeAnswerValue(t, c.field, c.after),
      stale: a.stale !== null,
    })),
  );
  const capacity = preview.capacity.changes.map((c: CapacityChange) => {
    const code = c.field.slice('requirement.'.length);
    const capabilities = c.capabilityName ? [{ code, name: c.capabilityName, areaName: '' }] : [];
    const isRequirement = c.field.startsWith('requirement.');
    return {
      key: `capacity/${c.field}`,
      subject: isRequirement ? t('capacity.requirements.heading') : t('capacity.titleShort'),
      field: isRequirement
        ? (c.capabilityName ?? code)
        : labelField(t, c.field as FieldKey, capabilities),
      before: describeCapacityValue(c.field, c.before, t),
      after: describeCapacityValue(c.field, c.after, t),
      stale: preview.capacity.stale !== null,
    };
  });
  return [...answers, ...capacity];
}
