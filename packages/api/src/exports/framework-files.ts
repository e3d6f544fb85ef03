import {
  validateFrameworkDocument,
  type FrameworkDocument,
  type FrameworkFile,
  type PlanIssue,
} from '@lagesbild/domain';
import { Document, parse, YAMLParseError } from 'yaml';

export const FRAMEWORK_FORMATS = ['json', 'yaml'] as const;
export type FrameworkFormat = (typeof FRAMEWORK_FORMATS)[number];

export const FRAMEWORK_CONTENT_TYPES: Record<FrameworkFormat, string> = {
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
};

/** Reads a framework file: the document, or every problem with its path (or line, for syntax). */
export function readFrameworkFile(
  file: FrameworkFile,
): { document: FrameworkDocument; issues: [] } | { document: null; issues: PlanIssue[] } {
  let data: unknown;
  try {
    // YAML refuses duplicate keys and caps alias expansion by default, so a file cannot blow up.
    data = file.format === 'json' ? JSON.parse(file.text) : parse(file.text);
  } catch (error) {
    const line =
      error instanceof YAMLParseError ? error.linePos?.[0].line : lineOfJsonError(error, file.text);
    return {
      document: null,
      issues: [{ path: '', code: 'syntax', ...(line ? { params: { line } } : {}) }],
    };
  }
  return validateFrameworkDocument(data);
}

/** JSON.parse names a character position; people look for a line. */
function lineOfJsonError(error: unknown, text: string): number | null {
  const match = error instanceof SyntaxError ? /position (\d+)/.exec(error.message) : null;
  if (!match) return null;
  return text.slice(0, Number(match[1])).split('\n').length;
}

/** The document as a file to download, edit and import again. */
export function writeFrameworkFile(document: FrameworkDocument, format: FrameworkFormat): Buffer {
  if (format === 'json') return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
  const yaml = new Document(document);
  yaml.commentBefore =
    ' Lägesbild framework (lagesbild-framework/1). The format: docs/framework-format.md\n' +
    ' A new version: raise `version` by one; list capabilities you drop under `retired`.';
  return Buffer.from(yaml.toString({ lineWidth: 0 }), 'utf8');
}
