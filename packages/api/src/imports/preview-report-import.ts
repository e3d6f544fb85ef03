import {
  COMPETENCE_AREAS,
  IMPORT_ANSWER_FIELDS,
  type CapacityForm,
  type CapacityReport,
  type ImportAnswerField,
  type ImportPreview,
  type ReportForm,
  type SelfReportFields,
} from '@lagesbild/domain';
import { shownCapacity } from './build-report-workbook';
import { isSameAnswer, type ParsedWorkbook } from './parse-report-workbook';

interface Stamp {
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface Stamps {
  answers: ReadonlyMap<string, Stamp>;
  capacity: Stamp | null;
}

/** An answer as the preview lists it: rating and "not applicable" are one column in the sheet. */
function flatten(f: SelfReportFields): Record<ImportAnswerField, string | number | null> {
  return {
    rating: f.notApplicable ? 'notApplicable' : f.selfRating,
    targetLevel: f.targetLevel,
    targetYear: f.targetYear,
    evidenceText: f.evidence.text,
    evidenceLink: f.evidence.link,
    evidenceOwner: f.evidence.owner,
    evidenceDate: f.evidence.date,
    confidence: f.confidence,
    comment: f.comment,
  };
}

/** The saved answer's fields, as report.save takes them. */
export function fieldsOf(item: ReportForm['items'][number]): SelfReportFields {
  return {
    selfRating: item.selfRating,
    targetLevel: item.targetLevel,
    targetYear: item.targetYear,
    notApplicable: item.notApplicable,
    evidence: item.evidence,
    confidence: item.confidence,
    comment: item.comment,
  };
}

/** Every capacity input by the capacity form's field name, with its value; absent is null. */
function flattenCapacity(report: CapacityReport | null): Map<string, number> {
  const values = new Map<string, number>();
  if (!report) return values;
  values.set('planningFte', report.planningFte);
  for (const c of report.competences) {
    values.set(`competence.${c.area}.fte`, c.fte);
    if (c.level !== null) values.set(`competence.${c.area}.level`, c.level);
  }
  for (const d of report.demand) values.set(`demand.${d.area}.${d.year}`, d.fte);
  for (const b of report.baseRequirements)
    values.set(`requirement.${b.capabilityCode}`, b.requiredLevel);
  return values;
}

/** The order the capacity page shows its inputs in, so the preview reads the same way. */
function rankOf(field: string, capabilities: readonly { code: string }[]): number {
  const [kind, first = '', second = ''] = field.split('.');
  const area = COMPETENCE_AREAS.indexOf(first as (typeof COMPETENCE_AREAS)[number]);
  if (kind === 'planningFte') return 0;
  if (kind === 'competence') return 1_000 + area * 2 + (second === 'level' ? 1 : 0);
  if (kind === 'demand') return 2_000 + area * 200 + Number(second) - 2000;
  return 100_000 + capabilities.findIndex((c) => c.code === first);
}

function isStale(fileVersion: number | null, stamp: Stamp | null | undefined) {
  if (fileVersion === null || !stamp || stamp.version <= fileVersion) return null;
  return {
    fileVersion,
    savedVersion: stamp.version,
    updatedBy: stamp.updatedBy,
    updatedAt: stamp.updatedAt,
  };
}

/** What importing the file would change, and the payload that makes exactly those changes. */
export function previewReportImport(
  report: ReportForm,
  capacity: CapacityForm,
  stamps: Stamps,
  parsed: ParsedWorkbook,
): ImportPreview {
  const answers: ImportPreview['answers'] = [];
  const items: ImportPreview['apply']['items'] = [];
  let unchanged = 0;
  for (const item of report.items) {
    const fromFile = parsed.answers.get(item.capabilityCode);
    const saved = fieldsOf(item);
    if (!fromFile || isSameAnswer(fromFile.fields, saved)) {
      unchanged++;
      continue;
    }
    const before = flatten(saved);
    const after = flatten(fromFile.fields);
    answers.push({
      capabilityCode: item.capabilityCode,
      capabilityName: item.capabilityName,
      stale: isStale(fromFile.fileVersion, stamps.answers.get(item.capabilityCode)),
      changes: IMPORT_ANSWER_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({
        field,
        before: before[field],
        after: after[field],
      })),
    });
    items.push({
      capabilityCode: item.capabilityCode,
      version: item.version,
      fields: fromFile.fields,
    });
  }

  // Compared with what the capacity page shows: last round's values, until this round's are saved.
  const before = flattenCapacity(shownCapacity(capacity));
  const after = flattenCapacity(parsed.capacity);
  const names = new Map(capacity.capabilities.map((c) => [c.code, c.name]));
  const capacityChanges = [...new Set([...before.keys(), ...after.keys()])]
    .filter((field) => before.get(field) !== after.get(field))
    .sort((a, b) => rankOf(a, capacity.capabilities) - rankOf(b, capacity.capabilities))
    .map((field) => ({
      field,
      capabilityName: field.startsWith('requirement.')
        ? (names.get(field.slice(12)) ?? null)
        : null,
      before: before.get(field) ?? null,
      after: after.get(field) ?? null,
    }));
  const capacityStale =
    capacityChanges.length > 0 ? isStale(parsed.capacityVersion, stamps.capacity) : null;

  return {
    round: report.round.code,
    answers,
    capacity: { stale: capacityStale, changes: capacityChanges },
    counts: { changed: answers.length, unchanged },
    staleRows: answers
      .filter((a) => a.stale)
      .map((a) => ({ capabilityCode: a.capabilityCode, capabilityName: a.capabilityName })),
    apply: {
      round: report.round.code,
      items,
      capacity:
        capacityChanges.length > 0 ? { version: capacity.version, report: parsed.capacity } : null,
    },
  };
}
