import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateStore } from '../../src/match/CandidateStore.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { FEATURES, type FeatureLevels } from '../../src/match/matchModel.js';
import { outgrown } from '../../src/match/outgrown.js';
import { PresentationPairs } from '../../src/match/PresentationPairs.js';
import { PUPILS } from './fixtures/pupils.js';

/** The `n`th of a few candidates: pupil, levels and reasons vary with it. */
function candidateOf(n: number): MatchCandidate {
  const levels = Object.fromEntries(FEATURES.map((f) => [f, 'none'])) as FeatureLevels;
  levels.fore = ['legal', 'typo', 'none'][n % 3]!;
  return {
    pupil: PUPILS[n % PUPILS.length]!,
    score: 0.5,
    reasons: n % 2 === 0 ? ['NAME_EXACT'] : ['SHARED_NAME', 'NAME_EXACT'],
    contributions: [],
    levels,
  };
}

describe('memory given back at once (giveBack)', () => {
  it('outgrown: half as much room again, the same numbers first, and the small array outgrown emptied (its memory given back)', () => {
    fc.assert(
      // `size: 'max'`: fast-check's default keeps arrays to about ten, below the 32 where half again passes 16 more.
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 3_000, size: 'max' }), (numbers) => {
        const old = Int32Array.from(numbers);
        const next = outgrown(old);
        // Half again (at least 16 more), not twice: the room a trust's arrays stand empty at the end of reading.
        expect(next.length).toBe(numbers.length + Math.max(16, Math.floor(numbers.length / 2)));
        expect([...next.subarray(0, numbers.length)]).toEqual(numbers);
        expect([...next.subarray(numbers.length)].every((n) => n === 0)).toBe(true);
        // Detached: nothing holds its buffer now.
        expect(old.length).toBe(0);
        expect(old.buffer.byteLength).toBe(0);
      }),
    );
  });

  it('a CandidateStore released holds nothing, and then keeps candidates as a new one does', () => {
    fc.assert(
      fc.property(fc.nat(2_500), fc.array(fc.nat(50), { minLength: 1, maxLength: 60 }), (before, after) => {
        const released = new CandidateStore();
        for (let i = 0; i < before; i++) released.add(candidateOf(i));
        released.release();
        expect(released.size).toBe(0);
        const fresh = new CandidateStore(released.levels);
        for (const i of after) expect(released.add(candidateOf(i))).toBe(fresh.add(candidateOf(i)));
        for (let at = 0; at < after.length; at++) expect(released.candidate(at)).toEqual(fresh.candidate(at));
      }),
      { numRuns: 40 },
    );
  });

  it('PresentationPairs released are empty and their arrays given back', () => {
    const pairs = new PresentationPairs(100_000, 10);
    const base = pairs.base;
    pairs.release();
    expect(pairs.size).toBe(0);
    expect(base.length).toBe(0);
    expect(pairs.base.length).toBeLessThan(100_000);
  });
});
