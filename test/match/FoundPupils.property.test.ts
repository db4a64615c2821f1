import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameEvidence } from '../../src/match/evidence.js';
import { FoundPupils } from '../../src/match/FoundPupils.js';
import type { Found } from '../../src/match/NameFinder.js';

/** A few shared evidence objects, as the finder makes one of each content. */
const EVIDENCE = ['exact', 'nickname', 'typo'].map((fore) => ({ fore, sur: 'exact' }) as unknown as NameEvidence);

const found: fc.Arbitrary<Found> = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(60_000), fc.constantFrom(...EVIDENCE)), { minLength: 1, maxLength: 40 }),
    fc.option(fc.integer({ min: 1990, max: 2022 }), { nil: undefined }),
  )
  .map(([pairs, earliestDob]) => Object.assign(new Map(pairs), { earliestDob }));

describe('FoundPupils (a search remembered compactly)', () => {
  it('answers as the Map it was made from: size, earliest birth year, and each pupil with its evidence in order', () => {
    fc.assert(
      fc.property(found, (map) => {
        const compact = new FoundPupils(map);
        const seen: [number, NameEvidence][] = [];
        compact.forEach((evidence, pupilAt) => {
          seen.push([pupilAt, evidence]);
        });
        expect(seen).toEqual([...map]);
        // The same objects the finder shares (one of each content), not copies.
        for (const [pupilAt, evidence] of seen) expect(evidence).toBe(map.get(pupilAt));
        expect(compact.size).toBe(map.size);
        expect(compact.earliestDob).toBe(map.earliestDob);
      }),
    );
  });
});
