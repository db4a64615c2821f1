import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockingKeys } from '../../src/match/BlockingKeys.js';
import {
  forenameEntry,
  forenameInitialKey,
  initialEntry,
  initialKey,
  pairEntry,
} from '../../src/match/indexEntries.js';
import { pushOnce } from '../../src/match/pushOnce.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Ids from a few, small and large, so that lists grow past one and the table's keys spread. */
const FORE_IDS = [0, 1, 2, 5, 31, 4095, 2 ** 20];
const SUR_IDS = [0, 3, 6, 9, 32, 65_535, 2 ** 20 + 1];

/** Pupils' name forms as the index files them. */
const filedPupils = fc.array(
  fc.record({
    fores: fc.array(fc.tuple(fc.constantFrom(...FORE_IDS), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 3,
    }),
    surs: fc.array(fc.tuple(fc.constantFrom(...SUR_IDS), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 3,
    }),
    surnames: fc.array(fc.stringMatching(/^[a-d'][a-z]{0,3}$/), { minLength: 1, maxLength: 2 }),
  }),
  { maxLength: 40 },
);

/** A forename form's first letter: a–c, and one that is no letter of a–z. */
const initialOf = (foreId: number): string => 'abcé'[foreId % 4]!;

type Pupils = { fores: [number, number][]; surs: [number, number][]; surnames: string[] }[];

/** The keys as Maps (the index's before perf45): the model `BlockingKeys` is checked against. */
class MapKeys {
  readonly pairs = new Map<number, Map<number, number[]>>();
  readonly initialPairs = new Map<number, number[]>();
  readonly forenames = new Map<number, number[]>();
  readonly forenameInitials = new Map<number, number[]>();

  constructor(pupils: Pupils) {
    pupils.forEach(({ fores, surs, surnames }, at) => {
      for (const [foreId, foreKind] of fores) {
        pushOnce(this.forenames, foreId, forenameEntry.of(at, foreKind));
        let bySurname = this.pairs.get(foreId);
        if (!bySurname) {
          bySurname = new Map();
          this.pairs.set(foreId, bySurname);
        }
        for (const [surId, surKind] of surs) pushOnce(bySurname, surId, pairEntry.of(at, foreKind, surKind));
      }
      const initials = [...new Set(surnames.map((surname) => surname.charCodeAt(0) - 0x61))].filter(
        (letter) => letter >= 0 && letter < 26,
      );
      for (const [foreId, foreKind] of fores)
        for (const letter of initials)
          pushOnce(this.forenameInitials, forenameInitialKey(foreId, letter), forenameEntry.of(at, foreKind));
      for (const [foreId] of fores)
        for (const [surId, surKind] of surs)
          pushOnce(this.initialPairs, initialKey(initialOf(foreId).charCodeAt(0), surId), initialEntry.of(at, surKind));
    });
  }

  pair(foreId: number, surId: number): readonly number[] | undefined {
    return this.pairs.get(foreId)?.get(surId);
  }
  initialPair(initial: string, surId: number): readonly number[] | undefined {
    return this.initialPairs.get(initialKey(initial.charCodeAt(0), surId));
  }
  forenameWithInitial(foreId: number, initial: string): readonly number[] | undefined {
    const letter = initial.charCodeAt(0) - 0x61;
    return letter >= 0 && letter < 26 && initial.length === 1
      ? this.forenameInitials.get(forenameInitialKey(foreId, letter))
      : undefined;
  }
  forename(foreId: number): readonly number[] | undefined {
    return this.forenames.get(foreId);
  }
}

function filed(pupils: Pupils): BlockingKeys {
  const keys = new BlockingKeys();
  pupils.forEach((forms, at) => {
    keys.add(at, forms, initialOf);
  });
  keys.trim();
  return keys;
}

/** Every look-up the index makes, over every id and letter the pupils could have, and some they could not. */
function lookUps(keys: Pick<MapKeys, 'pair' | 'initialPair' | 'forenameWithInitial' | 'forename'>): unknown[] {
  const seen: unknown[] = [];
  for (const fore of [...FORE_IDS, 7, -1]) {
    seen.push(keys.forename(fore));
    for (const sur of [...SUR_IDS, 8]) seen.push(keys.pair(fore, sur));
    for (const letter of [...LETTERS, "'", 'é', 'ab', '']) seen.push(keys.forenameWithInitial(fore, letter));
  }
  for (const letter of ['a', 'b', 'c', 'é', 'd', 'abc', ''])
    for (const sur of [...SUR_IDS, 8]) seen.push(keys.initialPair(letter, sur));
  return seen;
}

describe('BlockingKeys', () => {
  it('answers every look-up as the Maps did: the same pupils, in the same order', () => {
    fc.assert(
      fc.property(filedPupils, (pupils) => {
        expect(lookUps(filed(pupils))).toEqual(lookUps(new MapKeys(pupils)));
      }),
    );
  });

  it('gives each list at its exact size', () => {
    const keys = filed([1, 2, 3].map(() => ({ fores: [[1, 0]], surs: [[7, 0]], surnames: ['smith'] })));
    expect(keys.pair(1, 7)).toEqual([pairEntry.of(0, 0, 0), pairEntry.of(1, 0, 0), pairEntry.of(2, 0, 0)]);
    expect(keys.forename(1)?.length).toBe(3);
  });

  it('files no pupil once trimmed (nothing would find them)', () => {
    const keys = filed([{ fores: [[1, 0]], surs: [[7, 0]], surnames: ['smith'] }]);
    expect(() => keys.add(1, { fores: [[1, 0]], surs: [[7, 1]], surnames: ['smith'] }, initialOf)).toThrow(
      /after trim/,
    );
  });
});
