import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forenameEntry, initialEntry, pairEntry } from '../../src/match/indexEntries.js';

describe('index entries', () => {
  const pupil = fc.integer({ min: 0, max: 2 ** 20 });
  const kind = fc.integer({ min: 0, max: 3 });

  it('read back the pupil and name kinds they were packed with', () => {
    fc.assert(
      fc.property(pupil, kind, kind, (at, fore, sur) => {
        const pair = pairEntry.of(at, fore, sur);
        expect([pairEntry.pupil(pair), pairEntry.fore(pair), pairEntry.sur(pair)]).toEqual([at, fore, sur]);
        const forename = forenameEntry.of(at, fore);
        expect([forenameEntry.pupil(forename), forenameEntry.fore(forename)]).toEqual([at, fore]);
        const initial = initialEntry.of(at, sur);
        expect([initialEntry.pupil(initial), initialEntry.sur(initial)]).toEqual([at, sur]);
      }),
    );
  });

  it('pack pupils apart: no two pupils or name kinds share an entry', () => {
    expect(
      new Set([pairEntry.of(1, 0, 0), pairEntry.of(0, 3, 3), pairEntry.of(0, 1, 0), pairEntry.of(0, 0, 1)]).size,
    ).toBe(4);
    expect(forenameEntry.of(1, 0)).not.toBe(forenameEntry.of(0, 3));
    expect(initialEntry.of(1, 0)).not.toBe(initialEntry.of(0, 3));
  });
});
