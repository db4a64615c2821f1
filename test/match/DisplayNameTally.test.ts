import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { NumberSet } from '../../src/match/NumberSet.js';

/** The forename and surname of `Smith, Jack` or `Jack Smith`, as NameTerms reads them (simplified: words of letters). */
const keysOf = (raw: string): [string, string] | undefined => {
  const words = raw
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  if (words.length < 2) return undefined;
  return raw.includes(',') ? [words.at(-1)!, words[0]!] : [words[0]!, words.at(-1)!];
};

const WORDS = ['amy', 'jones', 'jack', 'smith', 'zoë', 'li', 'x', 'o', 'al', 'mo', 'ng'];
const displayName = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), fc.constantFrom(' ', ', ', '  ', '.'), fc.nat(300))
  .map(([words, gap, n]) => `${words.join(gap)}${n % 7 === 0 ? ` ${n}` : ''}`);

describe('DisplayNameTally', () => {
  it('counts as a Map of display names read into forename and surname does', () => {
    fc.assert(
      // `size: 'max'`: past the 1,024 entries the tally first has room for (fast-check's default gives about ten
      // names); shrinking limited, as shrinking a thousand names one by one took over five minutes.
      fc.property(fc.limitShrink(fc.array(displayName, { maxLength: 3_000, size: 'max' }), 10), (names) => {
        const tally = new DisplayNameTally(keysOf);
        const counts = new Map<string, number>();
        for (const name of names) {
          tally.add(name);
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
        const expected = new Map<string, number>();
        for (const [name, count] of counts) {
          const keys = keysOf(name);
          if (keys) expected.set(keys.join('|'), (expected.get(keys.join('|')) ?? 0) + count);
        }
        const got = new Map<string, number>();
        tally.forEach((f, s, count) => {
          const key = `${tally.words[f]}|${tally.words[s]}`;
          got.set(key, (got.get(key) ?? 0) + count);
        });
        // A boolean, not `expect`: each failing try while shrinking would otherwise print a diff of two thousand names.
        return isDeepStrictEqual(got, expected);
      }),
      { numRuns: 80 },
    );
  });

  it('gives one id per word, and each id its own word, among many words that share their shape', () => {
    // Words of a few letters from a small alphabet: many share length and first and last letters.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'y'), minLength: 2, maxLength: 6 });
    fc.assert(
      // `size: 'max'`: past the 512 words its first word slots hold, so they grow and are placed again.
      fc.property(fc.limitShrink(fc.array(fc.tuple(word, word), { maxLength: 1_500, size: 'max' }), 10), (pairs) => {
        const tally = new DisplayNameTally(keysOf);
        for (const [f, s] of pairs) tally.add(`${f} ${s}`);
        const expected = new Set(pairs.flat());
        expect(new Set(tally.words)).toEqual(expected);
        expect(tally.words.length).toBe(expected.size);
        tally.words.forEach((w, id) => {
          expect(tally.idOf(w)).toBe(id);
        });
        const got = new Map<string, number>();
        tally.forEach((f, s, count) => {
          const key = `${tally.words[f]} ${tally.words[s]}`;
          got.set(key, (got.get(key) ?? 0) + count);
        });
        const counts = new Map<string, number>();
        for (const [f, s] of pairs) counts.set(`${f} ${s}`, (counts.get(`${f} ${s}`) ?? 0) + 1);
        expect(got).toEqual(counts);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps many distinct names apart as its tables grow', () => {
    const tally = new DisplayNameTally(keysOf);
    for (let i = 0; i < 20_000; i++) tally.add(`Amy Jones${'x'.repeat(i % 5)} ${i}`);
    for (let i = 0; i < 20_000; i += 2) tally.add(`Amy Jones${'x'.repeat(i % 5)} ${i}`);
    let names = 0;
    let accounts = 0;
    tally.forEach((_f, _s, count) => {
      names++;
      accounts += count;
    });
    expect(names).toBe(20_000);
    expect(accounts).toBe(30_000);
  });
});

describe('NumberSet', () => {
  it('adds as a Set does, saying whether the number was new', () => {
    fc.assert(
      fc.property(
        fc.limitShrink(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 2 ** 30 - 1 })), {
            maxLength: 5_000,
            // Past the 768 numbers at which its 1,024 slots grow (fast-check's default gives about ten).
            size: 'max',
          }),
          10,
        ),
        (values) => {
          const set = new NumberSet();
          const model = new Set<number>();
          // One comparison a run, not one a number: 5,000 `expect`s a run made this the file's slowest test.
          const said = values.map((value) => set.add(value));
          const fresh = values.map((value) => {
            const had = model.has(value);
            model.add(value);
            return !had;
          });
          expect(said).toEqual(fresh);
          expect(set.size).toBe(model.size);
        },
      ),
      { numRuns: 40 },
    );
  });
});
