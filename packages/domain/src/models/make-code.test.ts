import { describe, expect, it } from 'vitest';
import { makeCode } from './make-code';

describe('makeCode', () => {
  it.each([
    { title: 'Ny e-tjänst för bygglov', taken: [], expected: 'ny-e-tjanst-for-bygglov' },
    {
      title: 'Ny e-tjänst för bygglov',
      taken: ['ny-e-tjanst-for-bygglov'],
      expected: 'ny-e-tjanst-for-bygglov-2',
    },
    { title: '  Öppna data!  ', taken: [], expected: 'oppna-data' },
    { title: '???', taken: [], expected: 'behov' },
    { title: 'Ny', taken: [], reserved: ['ny'], expected: 'ny-2' },
  ])('"$title" becomes $expected', ({ title, taken, reserved, expected }) => {
    expect(makeCode(title, new Set(taken), 'behov', reserved)).toBe(expected);
  });
});
