import { describe, expect, it } from 'vitest';
import { describeIssue, findFormatOfFileName } from './framework-file';

const t = ((key: string, params?: Record<string, unknown>) =>
  params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key) as never;

describe('findFormatOfFileName', () => {
  it.each([
    ['ramverk.json', 'json'],
    ['RAMVERK.YAML', 'yaml'],
    ['lagesbild-2026-v2.yml', 'yaml'],
    ['ramverk.xlsx', null],
    ['ramverk', null],
  ])('%s → %s', (name, format) => {
    expect(findFormatOfFileName(name)).toBe(format);
  });
});

describe('describeIssue', () => {
  it('names the place in the file, or the line of a syntax error', () => {
    expect(describeIssue(t, { path: 'areas[2].name', code: 'too_big' })).toEqual({
      where: 'areas[2].name',
      what: 'framework.issue.code.too_big',
    });
    expect(describeIssue(t, { path: '', code: 'syntax', params: { line: 4 } })).toEqual({
      where: 'framework.issue.line {"line":4}',
      what: 'framework.issue.code.syntax {"line":4}',
    });
  });

  it('says something general about a code it does not know', () => {
    expect(describeIssue(t, { path: 'x', code: 'nyKod' }).what).toBe('framework.issue.code.other');
  });
});
