import { describe, expect, it } from 'vitest';
import type { Round } from '../models/round';
import { areaIndex, resolveRound } from './common';

const round = (code: string): Round => ({
  code,
  startsOn: '2026-01-01',
  endsOn: '2026-04-30',
  status: 'closed',
});
const rounds = [round('2025-T3'), round('2026-T1'), round('2026-T2')];

describe('resolveRound', () => {
  it.each([
    { asked: undefined, round: '2026-T2', previous: '2026-T1' },
    { asked: '2026-T2', round: '2026-T2', previous: '2026-T1' },
    { asked: '2026-T1', round: '2026-T1', previous: '2025-T3' },
    { asked: '2025-T3', round: '2025-T3', previous: null },
  ])('picks $round and previous $previous when asked for $asked', ({ asked, round, previous }) => {
    const r = resolveRound(rounds, asked);
    expect([r?.round.code, r?.previous?.code ?? null]).toEqual([round, previous]);
  });

  it.each([
    { name: 'an unknown round', rounds, asked: '2030-T1' },
    { name: 'an empty string', rounds, asked: '' },
    { name: 'no rounds at all', rounds: [], asked: undefined },
  ])('finds nothing for $name', ({ rounds, asked }) => {
    expect(resolveRound(rounds, asked)).toBeNull();
  });
});

describe('areaIndex', () => {
  it('maps each capability to its area', () => {
    const caps = [
      { code: 'ai-data', name: '', description: '', areaCode: 'ai' },
      { code: 'sak-incident', name: '', description: '', areaCode: 'sakerhet' },
    ];
    expect(areaIndex(caps)).toEqual(
      new Map([
        ['ai-data', 'ai'],
        ['sak-incident', 'sakerhet'],
      ]),
    );
  });
});
