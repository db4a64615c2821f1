import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockingKeys } from '../../src/match/BlockingKeys.js';
import { pairEntry } from '../../src/match/indexEntries.js';
import { SUR_PART } from '../../src/match/pupilNameForms.js';
import { pushOnce } from '../../src/match/pushOnce.js';

/** Ids from a few, small and large (up to the last a key holds), so that lists grow past one and keys sort apart. */
const MIDDLE_IDS = [0, 1, 2, 5, 4095, 2 ** 21 - 1];
const SUR_IDS = [0, 3, 6, 65_535, 2 ** 21 - 1];

/** Pupils' middle names (a repeat among them too: `James James`) and surname forms, as the index files them. */
const filedPupils = fc.array(
  fc.record({
    middles: fc.array(fc.constantFrom(...MIDDLE_IDS), { maxLength: 3 }),
    surs: fc.array(fc.tuple(fc.constantFrom(...SUR_IDS), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  { maxLength: 40 },
);
type Pupils = { middles: number[]; surs: [number, number][] }[];

/** The middle pairs as Maps of lists (junior46's, as the lead took them in at 345a46c): the model checked against. */
function mapModel(pupils: Pupils): (middleId: number, surId: number) => readonly number[] | undefined {
  const pairs = new Map<number, Map<number, number[]>>();
  pupils.forEach(({ middles, surs }, at) => {
    for (const middleId of middles) {
      let bySurname = pairs.get(middleId);
      if (!bySurname) {
        bySurname = new Map();
        pairs.set(middleId, bySurname);
      }
      for (const [surId, surKind] of surs)
        if (surKind !== SUR_PART) pushOnce(bySurname, surId, pairEntry.of(at, 0, surKind));
    }
  });
  return (middleId, surId) => pairs.get(middleId)?.get(surId);
}

function filed(pupils: Pupils): BlockingKeys {
  const keys = new BlockingKeys();
  pupils.forEach(({ middles, surs }, at) => {
    keys.add(at, { fores: [], surs, surnames: [] }, () => 'a');
    keys.addMiddles(at, middles, surs);
  });
  keys.trim();
  return keys;
}

/** Every middle-pair look-up, over every id the pupils could have, and some they could not. */
function lookUps(middlePair: (middleId: number, surId: number) => ArrayLike<number> | undefined): unknown[] {
  const seen: unknown[] = [];
  for (const middle of [...MIDDLE_IDS, 7, -1, 2 ** 21])
    for (const sur of [...SUR_IDS, 8, -1, 2 ** 21]) {
      const list = middlePair(middle, sur);
      seen.push(list && Array.from(list));
    }
  return seen;
}

describe('the middle pairs, packed', () => {
  it('answer every look-up as the Maps did: the same pupils, in the same order, a repeat filed once', () => {
    fc.assert(
      fc.property(filedPupils, (pupils) => {
        const keys = filed(pupils);
        expect(lookUps((m, s) => keys.middlePair(m, s))).toEqual(lookUps(mapModel(pupils)));
      }),
    );
  });

  it('file a pupil once under a middle name and surname, and none once packed', () => {
    const keys = filed([
      { middles: [4], surs: [[9, 0]] },
      { middles: [4, 4], surs: [[9, 1]] },
      { middles: [5], surs: [[9, 0]] },
    ]);
    expect(Array.from(keys.middlePair(4, 9) ?? [])).toEqual([pairEntry.of(0, 0, 0), pairEntry.of(1, 0, 1)]);
    expect(keys.middlePair(5, 8)).toBeUndefined();
    expect(() => keys.addMiddles(3, [4], [[9, 0]])).toThrow(/after pack/);
  });
});
