import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, PUPILS, pupil, STAFF, WEIGHING_ROWS } from './fixtures/pupils.js';

describe('finalise', () => {
  it('weighs from pupil, reasons and levels alone: the first weighing’s contributions may be let go', () => {
    const pupils = [...PUPILS, pupil('P16', 'Jack', 'Smith', { dob: '2013-01-09' })];
    const rows = WEIGHING_ROWS;
    const kept = createMatcher(pupils);
    const dropped = createMatcher(pupils);
    const keptCandidates = rows.map((row) => kept.match(row, STAFF));
    const droppedCandidates = rows.map((row) => dropped.match(row, STAFF));
    expect(keptCandidates.flat().length).toBeGreaterThan(rows.length);
    for (const candidates of droppedCandidates) for (const c of candidates) c.contributions = [];
    rows.forEach((row, i) => {
      const a = kept.finalise(keptCandidates[i]!, row);
      const b = dropped.finalise(droppedCandidates[i]!, row);
      expect(b).toEqual(a);
      expect(a.every((c) => c.contributions.length > 0)).toBe(true);
    });
  });

  it('weighs copies: the waiting candidates, their reasons and levels are left as they were, by the EM too', () => {
    const pupils = [...PUPILS, pupil('P16', 'Jack', 'Smith', { dob: '2013-01-09' })];
    const rows = [connection('Jack Smith', 'jacksmith2012', '2024-03-01'), connection('Smith, Jack')];
    // Namesakes at another school: the weighing adds a reason to the candidates bearing the name.
    const matcher = createMatcher(pupils, { namesakesElsewhere: () => [0] });
    const waiting = rows.map((row) => matcher.match(row, STAFF));
    const before = structuredClone(waiting);
    // As the audit does: the EM's estimate (which reads the waiting candidates, and must not change them) first.
    matcher.forgetCaches?.();
    const weighed = rows.map((row, i) => matcher.finalise(waiting[i]!, row));
    expect(weighed.flat().some((c) => c.reasons.includes('NAME_ELSEWHERE_IN_TRUST'))).toBe(true);
    expect(waiting).toEqual(before);
    rows.forEach((_, i) => {
      for (const c of weighed[i]!) {
        expect(waiting[i]!).not.toContain(c);
        expect(waiting[i]!.some((w) => w.reasons === c.reasons)).toBe(false);
      }
    });
  });
});
