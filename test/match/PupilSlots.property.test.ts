import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PupilSlots } from '../../src/match/PupilSlots.js';

/**
 * Rounds of pupils met (with repeats), numbered beyond the table's first room (1,024) so that it grows, as a trust's
 * 51,000 pupils make it; `size: 'max'` so that a round meets hundreds, as a forename alone does.
 */
const rounds = fc.array(fc.array(fc.oneof(fc.nat(40), fc.nat(5_000)), { maxLength: 600, size: 'max' }), {
  minLength: 1,
  maxLength: 12,
});

describe('PupilSlots (the pupils a search met, without a Map per search)', () => {
  it('gives each pupil the slot a fresh Map numbering pupils on first sight would, round after round', () => {
    fc.assert(
      fc.property(rounds, (all) => {
        const table = new PupilSlots();
        for (const met of all) {
          table.begin();
          const expected = new Map<number, number>();
          const slots: number[] = [];
          const sizes: number[] = [];
          for (const pupilAt of met) {
            if (!expected.has(pupilAt)) expected.set(pupilAt, expected.size);
            slots.push(table.slotOf(pupilAt));
            sizes.push(table.size);
          }
          expect(slots).toEqual(met.map((pupilAt) => expected.get(pupilAt)));
          expect(sizes).toEqual(
            met.map((pupilAt) => expected.get(pupilAt)! + 1).map((_, i, all) => Math.max(...all.slice(0, i + 1))),
          );
          expect(table.pupils.slice(0, table.size)).toEqual([...expected.keys()]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('starts a round afresh however many rounds went before (its round counter wraps)', () => {
    const table = new PupilSlots();
    table.slotOf(7);
    (table as unknown as { round: number }).round = 0x7fff_ffff;
    table.begin();
    expect(table.slotOf(3)).toBe(0);
    expect(table.slotOf(7)).toBe(1);
    expect(table.slotOf(3)).toBe(0);
  });
});
