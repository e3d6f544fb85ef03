import { describe, expect, it } from 'vitest';
import {
  buildSaveFields,
  isSameValues,
  isUnconfirmedPrefill,
  toCardValues,
  type CardValues,
  type SavedFields,
} from './report-values';
import type { ReportItemData } from './types';

const saved: SavedFields = {
  selfRating: 3,
  targetLevel: 4,
  targetYear: 2028,
  notApplicable: false,
  evidence: {
    text: 'Rutin antagen',
    link: 'https://example.se/rutin',
    owner: 'Anna',
    date: '2026-10-01',
  },
  confidence: 'medium',
  comment: null,
};

const blank: CardValues = {
  rating: '',
  targetLevel: '',
  targetYear: '',
  evidenceText: '',
  evidenceLink: '',
  evidenceOwner: '',
  evidenceDate: '',
  confidence: '',
  comment: '',
};

describe('the save payload', () => {
  it('round-trips what the server holds, so an untouched card saves the same answer', () => {
    expect(buildSaveFields(toCardValues(saved))).toEqual(saved);
  });

  it('sends "not applicable" without a rating, as the API requires', () => {
    const fields = buildSaveFields({ ...toCardValues(saved), rating: 'na' });
    expect(fields.notApplicable).toBe(true);
    expect(fields.selfRating).toBeNull();
  });

  it('trims text and sends empty fields as null, not as empty strings', () => {
    const fields = buildSaveFields({
      ...blank,
      rating: '2',
      targetYear: ' 2027 ',
      evidenceText: '  ',
      evidenceOwner: ' Bo ',
      comment: '\n',
    });
    expect(fields).toEqual({
      selfRating: 2,
      targetLevel: null,
      targetYear: 2027,
      notApplicable: false,
      evidence: { text: null, link: null, owner: 'Bo', date: null },
      confidence: null,
      comment: null,
    });
  });
});

describe('unsaved changes', () => {
  it('ignores whitespace the save would trim away', () => {
    const values = toCardValues(saved);
    expect(isSameValues(values, { ...values, evidenceOwner: ' Anna ' })).toBe(true);
    expect(isSameValues(values, { ...values, rating: '4' })).toBe(false);
  });
});

describe('pre-filled cards', () => {
  const item = { confirmed: false, selfRating: 3, notApplicable: false } as ReportItemData;
  it('counts a carried-over rating or "not applicable" until the unit confirms it', () => {
    expect(isUnconfirmedPrefill(item)).toBe(true);
    expect(isUnconfirmedPrefill({ ...item, selfRating: null, notApplicable: true })).toBe(true);
    expect(isUnconfirmedPrefill({ ...item, confirmed: true })).toBe(false);
  });
  it('does not count a card with nothing carried over', () => {
    expect(isUnconfirmedPrefill({ ...item, selfRating: null })).toBe(false);
  });
});
