import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PET_FORM_ENDINGS,
  PET_FORM_SHORTEST_END,
  PET_FORM_SHORTEST_STEM,
} from '../../src/match/data/petFormEndings.js';
import { PetForms } from '../../src/match/PetForms.js';
import { caseCount } from '../helpers/depth.js';

/** What PetForms replaced: Maps of every beginning and end to the forms' ids, looked up as written. */
function plainPetForms(words: readonly string[]) {
  const beginnings = new Map<string, number[]>();
  const ends = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  words.forEach((word, id) => {
    for (let k = PET_FORM_SHORTEST_STEM; k <= word.length; k++) push(beginnings, word.slice(0, k), id);
    for (let j = 1; j <= word.length - PET_FORM_SHORTEST_END; j++) push(ends, word.slice(j), id);
  });
  const addTo = (ids: number[], word: string, list: readonly number[] | undefined) => {
    for (const id of list ?? []) if (words[id] !== word && !ids.includes(id)) ids.push(id);
  };
  return {
    of(word: string): number[] {
      if (word.length < PET_FORM_SHORTEST_STEM) return [];
      const ids: number[] = [];
      addTo(ids, word, beginnings.get(word));
      for (const ending of PET_FORM_ENDINGS)
        if (word.length - ending.length >= PET_FORM_SHORTEST_STEM && word.endsWith(ending))
          addTo(ids, word, beginnings.get(word.slice(0, word.length - ending.length)));
      addTo(ids, word, ends.get(word));
      return ids;
    },
    clipped(word: string): number[] {
      const ids: number[] = [];
      for (const stem of [word, word.replace(/(?:ie|y|i)$/, '')])
        if (stem.length >= PET_FORM_SHORTEST_STEM) addTo(ids, word, beginnings.get(stem));
      return ids;
    },
  };
}

describe('PetForms', () => {
  const word = fc.oneof(
    fc.stringMatching(/^[aeilnkt]{1,9}$/),
    fc.constantFrom('valentina', 'kamil', 'kamilek', 'julia', 'julka', 'allegra', 'ally', 'tina', 'maksymilian'),
  );

  it('finds the forms a plain Map of beginnings and ends finds, in the same order, however often asked', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 30 }), (words, asked) => {
        const pets = new PetForms((id) => words[id]!);
        words.forEach((w, id) => {
          pets.add(w, id);
        });
        const plain = plainPetForms(words);
        for (const w of [...asked, ...asked, ...words]) {
          expect(pets.of(w)).toEqual(plain.of(w));
          expect(pets.clipped(w)).toEqual(plain.clipped(w));
        }
      }),
      { numRuns: caseCount(200, 3_000) },
    );
  });

  it('takes no form after the first look-up', () => {
    const pets = new PetForms(() => 'julia');
    pets.add('julia', 0);
    pets.of('julka');
    expect(() => pets.add('kamil', 1)).toThrow();
  });
});
