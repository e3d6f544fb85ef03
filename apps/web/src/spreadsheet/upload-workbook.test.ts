import { describe, expect, it } from 'vitest';
import { describeUploadResponse } from './upload-workbook';

describe('the upload answer', () => {
  it.each([
    [200, { preview: { round: '2026-K4' } }, 'preview'],
    [400, { errors: [] }, 'errors'],
    [400, { error: 'round' }, 'failed'],
    [409, { error: 'Conflict' }, 'locked'],
    [413, null, 'tooLarge'],
    [500, { error: 'Internal' }, 'failed'],
  ])('%i %j is %s', (status, body, kind) => {
    expect(describeUploadResponse(status, body).kind).toBe(kind);
  });
});
