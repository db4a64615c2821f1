import { describe, expect, it } from 'vitest';
import { speltWords } from '../../src/match/speltShares.js';

// Issue 14 (fr46): the words an account writes for a pupil's names where it spells them otherwise, as the lists tally them.

describe('speltWords', () => {
  const slip = { fore: 'typo', sur: 'full', order: 'asWritten', names: 'display' };

  it('gives the word the display name writes for the part spelt otherwise, as the lists tally names', () => {
    expect(speltWords('Ayesha Pemberton', slip, 'aisha', 'pemberton')).toEqual(['ayesha', undefined]);
    expect(speltWords('PEMBERTON, Ayesha', slip, 'aisha', 'pemberton')).toEqual(['ayesha', undefined]);
    expect(speltWords('Olivia Taylor', { ...slip, fore: 'legal', sur: 'part' }, 'olivia', 'wood')).toEqual([
      undefined,
      'taylor',
    ]);
    expect(speltWords('Aysha Pembertn', { ...slip, fore: 'typo', sur: 'typo' }, 'aisha', 'pemberton')).toEqual([
      'aysha',
      'pembertn',
    ]);
    // Another spelling of the pupil's own name, which adults bear as theirs (fr47).
    expect(speltWords('Ayesha Pemberton', { ...slip, fore: 'variant' }, 'aisha', 'pemberton')).toEqual([
      'ayesha',
      undefined,
    ]);
  });

  it('reads nothing where the name was read from the handle, back to front, exactly, or alone', () => {
    expect(speltWords('Ayesha Pemberton', { ...slip, names: 'handle' }, 'aisha', 'pemberton')).toBeUndefined();
    expect(speltWords('Ayesha Pemberton', { ...slip, order: 'surnameFirst' }, 'aisha', 'pemberton')).toBeUndefined();
    expect(speltWords('Aisha Pemberton', { ...slip, fore: 'legal' }, 'aisha', 'pemberton')).toBeUndefined();
    expect(speltWords('Ayesha', slip, 'aisha', 'pemberton')).toBeUndefined();
    expect(speltWords(undefined, slip, 'aisha', 'pemberton')).toBeUndefined();
    expect(speltWords('Aisha Pemberton', { ...slip, fore: 'initial' }, 'aisha', 'pemberton')).toBeUndefined();
    // A short form: a pupil goes by it every day.
    expect(speltWords('Tom Pemberton', { ...slip, fore: 'nickname' }, 'thomas', 'pemberton')).toBeUndefined();
  });
});
