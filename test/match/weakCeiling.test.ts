import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import {
  canFlag,
  FORE_EVIDENCE,
  type ForeEvidence,
  levelsCanFlag,
  type NameEvidence,
  SUR_EVIDENCE,
  type SurEvidence,
  WEAK_CEILING_BITS,
  withinEvidence,
} from '../../src/match/evidence.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const FORE: readonly ForeEvidence[] = FORE_EVIDENCE;
const SUR: readonly SurEvidence[] = SUR_EVIDENCE;

/** The model's levels of a pair, as the matcher reads them from its name evidence. */
function levelsOf(e: NameEvidence): Record<string, string> {
  return {
    fore: e.fore,
    sur: e.sur,
    order: e.orderInDoubt ? 'orderInDoubt' : e.surnameFirst ? 'surnameFirst' : 'asWritten',
    unexplained: e.unexplained === 0 ? '0' : e.unexplained === 1 ? '1' : '2+',
  };
}

const evidence = fc.record({
  fore: fc.constantFrom(...FORE),
  sur: fc.constantFrom(...SUR),
  surnameFirst: fc.boolean(),
  orderInDoubt: fc.boolean(),
  sharesStem: fc.boolean(),
  middleName: fc.boolean(),
  unexplained: fc.integer({ min: 0, max: 3 }),
  joined: fc.boolean(),
  handle: fc.boolean(),
  marks: fc.integer({ min: 0, max: 15 }),
  accentsDiffer: fc.boolean(),
});

describe('weak evidence is held below FLAG', () => {
  it('reads the whole name from the model’s levels exactly as from the name evidence', () => {
    fc.assert(fc.property(evidence, (e) => levelsCanFlag(levelsOf(e)) === canFlag(e)));
  });

  it('caps only pairs without the whole name, and at less than FLAG', () => {
    expect(2 ** WEAK_CEILING_BITS / (1 + 2 ** WEAK_CEILING_BITS)).toBeLessThan(FLAG_AT);
    const whole = { fore: 'legal', sur: 'full', order: 'asWritten', unexplained: '0' };
    expect(withinEvidence(whole, 20)).toBe(20);
    expect(withinEvidence({ ...whole, fore: 'initial' }, 20)).toBe(WEAK_CEILING_BITS);
    expect(withinEvidence({ ...whole, fore: 'initial' }, -3)).toBe(-3);
  });
});

describe('a forename alone with the birth year, in a school with many pupils of that forename', () => {
  const surname = (i: number) =>
    `Surname${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
  const born2012 = (n: number) => Array.from({ length: n }, (_, i) => pupil(`E${i}`, 'Ellie', surname(i)));
  const others = [pupil('X1', 'Ellie', 'Older', { dob: '2010-03-01', yearGroup: 'Year 11' })];

  it('keeps every pupil of that forename born that year, each below FLAG', () => {
    const candidates = createMatcher([...born2012(7), ...others]).match(connection('Ellie', 'ellie2012'), STAFF);
    expect(candidates.map((c) => c.pupil.id).sort()).toEqual(born2012(7).map((p) => p.id));
    for (const c of candidates) expect(c.score).toBeLessThan(FLAG_AT);
    expect(candidates.reduce((sum, c) => sum + c.score, 0)).toBeGreaterThan(REVIEW_AT);
  });

  it('keeps a dozen or more (a large school’s year has many Ellies), as many as could each be named', () => {
    const candidates = createMatcher(born2012(12)).match(connection('Ellie', 'ellie2012'), STAFF);
    expect(candidates).toHaveLength(12);
    expect(createMatcher(born2012(50)).match(connection('Ellie', 'ellie2012'), STAFF)).toHaveLength(50);
  });

  it('says nothing about any one of more than fifty: none could have a share of 2 % to be named', () => {
    expect(createMatcher(born2012(51)).match(connection('Ellie', 'ellie2012'), STAFF)).toEqual([]);
  });
});
