import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockingKeys } from '../../src/match/BlockingKeys.js';
import { exactLists } from '../../src/match/exactLists.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Pupils' name forms as the index files them: few ids and letters, so that lists grow past one. */
const filedPupils = fc.array(
  fc.record({
    fores: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 3,
    }),
    surs: fc.array(fc.tuple(fc.integer({ min: 6, max: 9 }), fc.integer({ min: 0, max: 3 })), {
      minLength: 1,
      maxLength: 3,
    }),
    surnames: fc.array(fc.stringMatching(/^[a-d'][a-z]{0,3}$/), { minLength: 1, maxLength: 2 }),
  }),
  { maxLength: 40 },
);

const initialOf = (foreId: number): string => LETTERS[foreId % 3]!;

function filed(pupils: { fores: [number, number][]; surs: [number, number][]; surnames: string[] }[]): BlockingKeys {
  const keys = new BlockingKeys();
  pupils.forEach((forms, at) => {
    keys.add(at, forms, initialOf);
  });
  return keys;
}

/** Every look-up the index makes, over every id and letter the pupils could have. */
function lookUps(keys: BlockingKeys): unknown[] {
  const seen: unknown[] = [];
  for (let fore = 0; fore <= 5; fore++) {
    seen.push(keys.forename(fore));
    for (let sur = 6; sur <= 9; sur++) seen.push(keys.pair(fore, sur));
    for (const letter of `${LETTERS}'`) seen.push(keys.forenameWithInitial(fore, letter));
  }
  for (const letter of 'abc') for (let sur = 6; sur <= 9; sur++) seen.push(keys.initialPair(letter, sur));
  return seen;
}

describe('BlockingKeys.trim', () => {
  it('leaves every look-up as it was: the same pupils, in the same order', () => {
    fc.assert(
      fc.property(filedPupils, (pupils) => {
        const trimmed = filed(pupils);
        trimmed.trim();
        expect(lookUps(trimmed)).toEqual(lookUps(filed(pupils)));
      }),
    );
  });

  it('keeps lists that still take pupils filed after it', () => {
    const keys = filed([{ fores: [[1, 0]], surs: [[7, 0]], surnames: ['smith'] }]);
    keys.add(1, { fores: [[1, 0]], surs: [[7, 1]], surnames: ['smith'] }, initialOf);
    keys.trim();
    keys.add(2, { fores: [[1, 2]], surs: [[7, 0]], surnames: ['smith'] }, initialOf);
    expect(keys.forename(1)?.length).toBe(3);
    expect(keys.pair(1, 7)?.length).toBe(3);
  });
});

describe('exactLists', () => {
  it('gives each key a list equal to its own, in the Map’s order, not the same array when pushed to', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.array(fc.integer(), { minLength: 1 }))), (entries) => {
        const map = new Map<number, number[]>();
        for (const [key, values] of entries) for (const value of values) push(map, key, value);
        const before = [...map].map(([key, list]) => [key, list, list.slice()] as const);
        exactLists(map);
        expect([...map.keys()]).toEqual(before.map(([key]) => key));
        for (const [key, list, copy] of before) {
          expect(map.get(key)).toEqual(copy);
          if (copy.length > 1) expect(map.get(key)).not.toBe(list);
        }
      }),
    );
  });
});

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
