import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameEvidence } from '../../src/match/evidence.js';
import { FoundPupils } from '../../src/match/FoundPupils.js';

/** A few shared evidence objects, as the finder makes one of each content. */
const EVIDENCE = ['exact', 'nickname', 'typo'].map((fore) => ({ fore, sur: 'exact' }) as unknown as NameEvidence);

/** A search's pupils (each once, in the order found) with their evidence, as a Map would hold them. */
const found = fc.tuple(
  fc.uniqueArray(fc.tuple(fc.nat(60_000), fc.constantFrom(...EVIDENCE)), {
    selector: ([pupilAt]) => pupilAt,
    minLength: 1,
    maxLength: 500,
    size: 'max',
  }),
  fc.option(fc.integer({ min: 1990, max: 2022 }), { nil: undefined }),
);

describe('FoundPupils (a search kept compactly)', () => {
  it('answers as a Map of the same pupils would: size, each pupil with its evidence in order, get, keys', () => {
    fc.assert(
      fc.property(found, ([pairs, earliestDob]) => {
        const map = new Map(pairs);
        const compact = new FoundPupils(pairs.flat(), earliestDob);
        const seen: [number, NameEvidence][] = [];
        compact.forEach((evidence, pupilAt) => {
          seen.push([pupilAt, evidence]);
        });
        expect(seen).toEqual([...map]);
        // The same objects the finder shares (one of each content), not copies.
        for (const [pupilAt, evidence] of seen) expect(compact.get(pupilAt)).toBe(evidence);
        expect(compact.get(60_001)).toBeUndefined();
        expect([...compact.keys()]).toEqual([...map.keys()]);
        expect(compact.size).toBe(map.size);
        expect(compact.earliestDob).toBe(earliestDob);
      }),
    );
  });
});
