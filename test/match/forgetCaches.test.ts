import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, PUPILS, STAFF } from './fixtures/pupils.js';

/** Names that find pupils by every kind of evidence (exact, nickname, slip, sound, pet form, handle), and some that find nobody. */
const ROWS: [string | undefined, string | undefined][] = [
  ['Jack Smith', undefined],
  ['SMITH, Jack', 'jacksmith2013'],
  ['Alex Brown', undefined],
  ['Libby Hughes', 'libbyh'],
  ['Jak Smyth', undefined],
  ['Tomek Kowalski', 'tomek.k'],
  ['Ollie Price', undefined],
  [undefined, 'peggylloyd11'],
  ['Bristol Bakery', 'bristolbakes'],
  ['Someone Else', 'nobody_here'],
];

describe('Matcher.forgetCaches', () => {
  it('changes no answer: candidates, and their final weighing, as a matcher that never forgot', () => {
    const forgetting = createMatcher(PUPILS);
    const remembering = createMatcher(PUPILS);
    const rows = ROWS.map(([name, handle]) => connection(name, handle));
    const asked = (matcher: ReturnType<typeof createMatcher>) => rows.map((row) => matcher.match(row, STAFF));
    // Read once, forgotten, then the same lists read again (a name asked after forgetting is read afresh).
    asked(forgetting);
    asked(remembering);
    forgetting.forgetCaches?.();
    const again = asked(forgetting);
    const still = asked(remembering);
    expect(again).toEqual(still);
    expect(again.some((candidates) => candidates.length > 0)).toBe(true);
    forgetting.forgetCaches?.();
    again.forEach((candidates, i) => {
      expect(forgetting.finalise(candidates, rows[i]!)).toEqual(remembering.finalise(still[i]!, rows[i]!));
    });
  });

  it('makes the estimate then and lets its accounts go: finalising gives what it gave, and a later new account is refused', () => {
    const forgetting = createMatcher(PUPILS);
    const remembering = createMatcher(PUPILS);
    const rows = ROWS.map(([name, handle]) => connection(name, handle));
    const read = rows.map((row) => [forgetting.match(row, STAFF), remembering.match(row, STAFF)] as const);
    forgetting.forgetCaches?.();
    read.forEach(([mine, theirs], i) => {
      expect(forgetting.finalise(mine, rows[i]!)).toEqual(remembering.finalise(theirs, rows[i]!));
    });
    // An account read for the first time now was never counted in the estimate: weighing it would mislead.
    const late = connection('Jack Smith', 'jack.smith.late');
    const candidates = forgetting.match(late, STAFF);
    expect(candidates.length).toBeGreaterThan(0);
    expect(() => forgetting.finalise(candidates, late)).toThrow(/after forgetCaches/);
  });
});
