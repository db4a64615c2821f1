import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintGroups } from '../../src/match/FingerprintGroups.js';
import { fingerprint, fingerprintWithout } from '../../src/match/fingerprint.js';
import { deletionKeys, isOneEdit, oneEditTypos } from '../../src/match/typos.js';
import { caseCount } from '../helpers/depth.js';

/** The typo look-up as PupilIndex wrote it before `oneEditTypos`: every deletion key made, then looked up. */
const typosByKeys: typeof oneEditTypos = (word, deletions, words, roles, role) => {
  const typos: number[] = [];
  const visit = (id: number): void => {
    if (roles[id]! & role && !typos.includes(id) && isOneEdit(word, words[id]!)) typos.push(id);
  };
  for (const key of deletionKeys(word)) deletions.forEach(key, visit);
  return typos.length > 0 ? typos : undefined;
};

/** Short words of few letters, doubled letters among them, so that one-edit neighbours abound; and odd code units. */
const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[abe]{0,7}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

describe('oneEditTypos', () => {
  it('fingerprints a word with one code unit left out as the word so cut', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: -2, max: 9 }), (key, skip) => {
        const cut = skip >= 0 && skip < key.length ? key.slice(0, skip) + key.slice(skip + 1) : key;
        const fast = new Int32Array(2);
        const plain = new Int32Array(2);
        fingerprintWithout(key, skip, fast);
        fingerprint(cut, plain);
        expect([...fast]).toEqual([...plain]);
      }),
      { numRuns: caseCount(500, 20_000) },
    );
  });

  it('finds the ids the deletion keys made one by one find, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({ min: 0, max: 3 })), { maxLength: 60 }),
        fc.array(word, { maxLength: 20 }),
        fc.integer({ min: 1, max: 3 }),
        (vocabulary, asked, role) => {
          const words = vocabulary.map(([w]) => w);
          const roles = vocabulary.map(([, r]) => r);
          // Indexed as PupilIndex indexes its vocabulary: words of four letters or more, under each deletion key.
          const entries: [string, number][] = [];
          words.forEach((w, id) => {
            if (w.length >= 4) for (const key of deletionKeys(w)) entries.push([key, id]);
          });
          const deletions = new FingerprintGroups(entries);
          for (const w of [...asked, ...words])
            expect(oneEditTypos(w, deletions, words, roles, role)).toEqual(
              typosByKeys(w, deletions, words, roles, role),
            );
        },
      ),
      { numRuns: caseCount(300, 5_000) },
    );
  });
});
