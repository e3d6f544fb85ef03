import type { TFunction } from 'i18next';
import type { FrameworkFormat, FrameworkPlan, PlanIssue } from './types';

/** The format from the file's extension: what was exported as .yaml comes back as .yaml. */
export function findFormatOfFileName(name: string): FrameworkFormat | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  return null;
}

// Kept in step with the server's limit (frameworkFileSchema): a bigger file is refused here first.
export const MAX_FILE_CHARACTERS = 2_000_000;

/** Codes the catalogue has a sentence for; any other becomes the general one. */
const KNOWN_CODES = new Set([
  'syntax',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'unrecognized_keys',
  'scaleNotContiguous',
  'levelsNotContiguous',
  'descriptorMissing',
  'levelNotInScale',
  'duplicateCode',
  'tooManyCapabilities',
  'replacesSelf',
  'replacesKept',
  'retiredAndKept',
  'retiredAndReplaced',
  'unknownSuccessor',
  'unknownReplaced',
  'replacesRetired',
  'codeRetired',
  'codeInUse',
  'unknownRetired',
  'capabilityMissing',
  'versionNotNext',
  'scaleLengthChanged',
  'replacesInNewFramework',
  'retiredInNewFramework',
]);

/** One problem as a person reads it: where in the file, and what is wrong, in the page's language. */
export function describeIssue(t: TFunction, issue: PlanIssue): { where: string; what: string } {
  const line = issue.params?.line;
  const where =
    issue.path === ''
      ? line === undefined
        ? t('framework.issue.wholeFile')
        : t('framework.issue.line', { line })
      : issue.path;
  const key = KNOWN_CODES.has(issue.code) ? issue.code : 'other';
  return { where, what: t(`framework.issue.code.${key}` as never, issue.params ?? {}) as string };
}

/** How many changes of each kind, for the preview's summary and the history. */
export function countChanges(plan: FrameworkPlan) {
  return {
    added: plan.added.length,
    renamed: plan.renamed.length,
    merged: plan.merged.reduce((n, m) => n + m.codes.length, 0),
    retired: plan.retired.length,
    changedText: plan.changedText.length,
  };
}
