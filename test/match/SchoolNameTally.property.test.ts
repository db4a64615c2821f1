import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameTally } from '../../src/match/DisplayNameTally.js';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { SchoolNameTally } from '../../src/match/SchoolNameTally.js';
import { tallyKeyRanges, tallyKeys } from '../../src/match/tallyKeys.js';
import { tallyEntries } from '../helpers/tallyEntries.js';

/** Display names of a few words, many repeated, some of one word, of none, or beyond ASCII. */
const name = fc
  .tuple(
    fc.constantFrom('amy', 'Jones', 'JACK', 'smith', 'Zoë', 'li', 'mo', '42'),
    fc.constantFrom('', ' ', ', ', ' x '),
    fc.constantFrom('', 'amy', 'Jones', 'Ng', 'Łucja', 'smith', 'Mo'),
  )
  .map(([a, gap, b]) => `${a}${gap}${b}`);

type Op = 'add' | 'lookUp' | 'answerOf' | 'remember' | 'forgetAnswers';
/** One step: a school's tally (or the trust's own, -1) asked something of a name. */
type Step = { school: number; op: Op; name: string; answer: number };
const OPS: Op[] = ['add', 'add', 'add', 'lookUp', 'answerOf', 'answerOf', 'remember', 'forgetAnswers'];
const step = (schools: number, names = name, ops = OPS): fc.Arbitrary<Step> =>
  fc.record({
    school: fc.integer({ min: -1, max: schools - 1 }),
    op: fc.constantFrom<Op>(...ops),
    name: names,
    answer: fc.constantFrom(-1, 1),
  });

/** Half of them numbered: enough names apart for a school's 1,024 slots to grow (there are 224 names without). */
const manyNames = fc.oneof(
  name,
  fc.tuple(name, fc.nat(20_000)).map(([n, k]) => `${n} ${k}`),
);
/**
 * One school, thousands of steps of many names: some runs' slots grow (fast-check's default gives about ten steps).
 * Shrinking limited: a failure among thousands of steps shrunk one by one takes minutes.
 */
const longRun = fc.tuple(
  fc.constant(1),
  // Answers never forgotten, so that those remembered before the slots grow are asked after.
  fc.limitShrink(
    fc.array(step(1, manyNames, OPS.slice(0, -1)), { minLength: 4_000, maxLength: 6_000, size: 'max' }),
    10,
  ),
);

const newTally = () => new DisplayNameTally(tallyKeys, tallyKeyRanges);

/** A tally's entries by their words, counts summed (a school's come in the order of its table, not first counted). */
function byWords(tally: NameTally): Map<string, number> {
  const counts = new Map<string, number>();
  tally.forEach((fore, sur, count) => {
    const key = `${tally.words[fore]} ${tally.words[sur]}`;
    counts.set(key, (counts.get(key) ?? 0) + count);
  });
  return counts;
}

function run(tally: NameTally, s: Step): number | undefined {
  switch (s.op) {
    case 'add':
      tally.add(s.name);
      return undefined;
    case 'lookUp':
      tally.lookUp(s.name);
      return undefined;
    case 'answerOf':
      return tally.answerOf(s.name);
    case 'remember':
      tally.remember(s.name, s.answer);
      return undefined;
    case 'forgetAnswers':
      tally.forgetAnswers();
      return undefined;
  }
}

describe('SchoolNameTally (a school counting by the trust tally`s entries)', () => {
  it('counts and answers as a tally of its own; the trust`s tally is as its own steps alone make it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          {
            weight: 19,
            arbitrary: fc
              .integer({ min: 1, max: 4 })
              .chain((n) => fc.tuple(fc.constant(n), fc.array(step(n), { maxLength: 600 }))),
          },
          longRun,
        ),
        ([schools, steps]) => {
          const trust = newTally();
          const shared = Array.from({ length: schools }, () => new SchoolNameTally(trust));
          const apart = Array.from({ length: schools }, newTally);
          const trustAlone = newTally();
          // What each step answered, compared once: an `expect` a step was most of a long run's time.
          const said: (number | undefined)[] = [];
          const alone: (number | undefined)[] = [];
          for (const s of steps) {
            said.push(run(s.school < 0 ? trust : shared[s.school]!, s));
            alone.push(run(s.school < 0 ? trustAlone : apart[s.school]!, s));
          }
          expect(said).toEqual(alone);
          for (let i = 0; i < schools; i++) {
            expect(byWords(shared[i]!)).toEqual(byWords(apart[i]!));
            for (const word of ['amy', 'jones', 'smith', 'zoë', 'nobody'])
              expect(shared[i]!.idOf(word) === undefined || shared[i]!.words[shared[i]!.idOf(word)!] === word).toBe(
                true,
              );
          }
          // The schools' placing and reading of names leaves the trust's counts, in their order, as they were.
          expect(tallyEntries(trust).map(([f, s, c]) => `${f} ${s} ${c}`)).toEqual(
            tallyEntries(trustAlone).map(([f, s, c]) => `${f} ${s} ${c}`),
          );
          // Let go school by school, then the trust: a school's counts are then gone, as its own tally's would be.
          for (const school of shared) school.letGoOfNames();
          trust.letGoOfNames();
          for (const school of shared) {
            expect(() => school.forEach(() => {})).toThrow();
            expect(school.answerOf('amy smith')).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('grows past its first room, keeping every count and answer', () => {
    const trust = newTally();
    const school = new SchoolNameTally(trust);
    const own = newTally();
    for (let i = 0; i < 5_000; i++) {
      const n = `amy${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) | 0) % 26))} smith${i % 7}`;
      for (const tally of [school, own]) {
        tally.add(n);
        if (i % 3 === 0) tally.remember(n, i % 2 === 0 ? 1 : -1);
      }
      // The trust counts some of the school's names too, as the other schools' matcher does an account first met here.
      if (i % 4 === 0) trust.add(n);
    }
    expect(byWords(school)).toEqual(byWords(own));
    for (let i = 0; i < 5_000; i += 37) {
      const n = `amy${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) | 0) % 26))} smith${i % 7}`;
      expect(school.answerOf(n)).toBe(own.answerOf(n));
    }
  });

  it('refuses to tally once a name was counted after the trust`s names were let go', () => {
    const trust = newTally();
    const school = new SchoolNameTally(trust);
    school.add('amy smith');
    trust.letGoOfNames();
    school.add('jack jones');
    expect(() => school.forEach(() => {})).toThrow(/not whole/);
  });
});
