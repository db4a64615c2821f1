import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { ForenameNumbers, wordAndNumber } from '../../src/match/ForenameNumbers.js';
import { forenameNumberTerm } from '../../src/match/forenameNumberTerm.js';
import type { Connection } from '../../src/model/records.js';
import { describeContribution } from '../../src/report/weighingWording.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Whether the run `r` (the `i`th of `runs`) is followed in `plain` at once by a digit. */
function adjacentDigits(plain: string, r: string, runs: string[], i: number): boolean {
  let at = 0;
  for (let j = 0; j < i; j++) at = plain.indexOf(runs[j]!, at) + runs[j]!.length;
  const end = plain.indexOf(r, at) + r.length;
  return /[0-9]/.test(plain[end] ?? '');
}

/** The reading by regular expressions: what the hand-written scan must equal. */
function byRegex(text: string): [string, string] | undefined {
  const plain = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  const runs = plain.match(/[a-z]+|[0-9]+/gi) ?? [];
  const words = runs.filter(
    (r, i) => /^[a-z]/i.test(r) && r.length > 1 && !(/^yr$/i.test(r) && adjacentDigits(plain, r, runs, i)),
  );
  const numbers = runs.filter((r) => /^[0-9]/.test(r));
  if (words.length !== 1 || numbers.length !== 1 || numbers[0]!.length > 4) return undefined;
  return [words[0]!.toLowerCase(), numbers[0]!];
}

describe('an account written as a word alone and a number', () => {
  it('reads one word and one number, whatever separates them', () => {
    expect(wordAndNumber('poppy11')).toEqual(['poppy', '11']);
    expect(wordAndNumber('Kai 12')).toEqual(['kai', '12']);
    expect(wordAndNumber('11.poppy')).toEqual(['poppy', '11']);
    expect(wordAndNumber('poppy.y10')).toEqual(['poppy', '10']);
    expect(wordAndNumber('yr9_louie')).toEqual(['louie', '9']);
    expect(wordAndNumber('louie_YR9')).toEqual(['louie', '9']);
    expect(wordAndNumber('Zoë_2011 ✨')).toEqual(['zoe', '2011']);
    expect(wordAndNumber('poppy_ward11')).toBeUndefined();
    expect(wordAndNumber('poppy1l2')).toBeUndefined();
    expect(wordAndNumber('poppy')).toBeUndefined();
    expect(wordAndNumber('poppy123456')).toBeUndefined();
  });

  it('equals the reading by regular expressions on any text', () => {
    const pieces = fc.constantFrom(
      'poppy',
      'Kai',
      'y',
      'Zoë',
      '11',
      '2011',
      '123456',
      '_',
      '.',
      ' ',
      '✨',
      'x',
      'ß',
      '½',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 6 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(wordAndNumber(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts distinct numbers per roll forename, leaving out the account weighed', () => {
    const tally = new ForenameNumbers(
      new Map([
        ['poppy', 1],
        ['jack', 1],
      ]),
    );
    tally.note('Poppy', 'poppy11');
    tally.note('Poppy 11', 'poppy11'); // the same person on another platform: the same number
    tally.note(undefined, 'poppy_83');
    tally.note('Jack Smith', 'jacksmith12');
    tally.note(undefined, 'karen83'); // no pupil's forename: not counted
    expect(tally.othersWriting('karen', undefined, 'karen_84')).toBe(0);
    expect(tally.othersWriting('poppy', 'Poppy', 'poppy11')).toBe(1);
    expect(tally.othersWriting('poppy', undefined, 'poppy_07')).toBe(2);
    expect(tally.othersWriting('jack', 'Jack', 'jack12')).toBe(0);
    // Not written as the forename alone with a number: the term says nothing.
    expect(tally.othersWriting('poppy', 'Poppy Ward', 'itspoppy11')).toBeUndefined();
  });
});

describe('a forename alone with a number, weighed by how many accounts write that forename so', () => {
  it('weighs log2((1 + E) / (1 + seen)), E the count a given name so written typically has on the lists', () => {
    const at = (seen: number, typical = 4) =>
      forenameNumberTerm({ fore: 'none' }, { forenameNumbers: { seen, typical } });
    expect(at(0)?.weight).toBeCloseTo(Math.log2(5), 1);
    expect(at(4)?.weight).toBe(0);
    expect(at(39)?.weight).toBeCloseTo(-3, 1);
    expect(forenameNumberTerm({ fore: 'legal' }, { forenameNumbers: { seen: 0, typical: 4 } })).toBeUndefined();
    expect(forenameNumberTerm({ fore: 'none' }, {})).toBeUndefined();
    expect(describeContribution(at(0)!)).toBe(
      'the pupil’s forename alone with a number: no other account on these lists is written so (about 4 expected) (+2.3)',
    );
  });

  it('takes the typical count as the mean over the roll’s pupils of their forename’s count', () => {
    const tally = new ForenameNumbers(
      new Map([
        ['jack', 3],
        ['poppy', 1],
      ]),
    );
    for (const n of [1, 2, 3]) tally.note(undefined, `jack${n}`);
    tally.note(undefined, 'poppy11');
    tally.note(undefined, 'karen83');
    // Three Jacks with 3 numbers each, one Poppy with 1: (9 + 1) / 4.
    expect(tally.typical()).toBe(2.5);
    expect(new ForenameNumbers(new Map()).typical()).toBe(0);
  });

  const pupils = [
    pupil('P1', 'Poppy', 'Ward', { dob: '2012-05-01' }),
    pupil('P2', 'Jack', 'Smith', { dob: '2012-05-01' }),
  ];
  /** 4,000 adults with plain names, and 40 more written as Jack alone with an adult's number (`jack60` … `jack99`). */
  const withLists = () => {
    const matcher = createMatcher(pupils);
    const fores = ['Karen', 'Gary', 'Susan', 'Paul', 'Wendy'];
    const surs = ['Brown', 'Wilson', 'Taylor', 'Evans', 'Hughes', 'Walker', 'Green', 'Hall'];
    for (let i = 0; i < 4000; i++)
      matcher.match(connection(`${fores[i % 5]} ${surs[(i * 7) % 8]}`, `adult${i}`, '2019-03-01'), STAFF);
    for (let n = 60; n < 100; n++) matcher.match(connection('Jack', `jack${n}`, '2019-03-01'), STAFF);
    for (const [i, name] of ['karen', 'gary', 'susan', 'paul', 'wendy'].entries())
      for (let n = 60; n < 63 + i; n++) matcher.match(connection(undefined, `${name}${n}`, '2019-03-01'), STAFF);
    return matcher;
  };
  const weighed = (matcher: ReturnType<typeof createMatcher>, c: Connection) =>
    matcher.finalise(matcher.match(c, STAFF), c)[0]!;

  it('lifts poppy12, whose forename no other account writes with a number, above jack12 among forty Jacks', () => {
    const matcher = withLists();
    const poppy = weighed(matcher, connection('Poppy', 'poppy12', '2024-03-01'));
    const jack = weighed(matcher, connection('Jack', 'jack12', '2024-03-01'));
    expect(poppy.pupil.id).toBe('P1');
    expect(jack.pupil.id).toBe('P2');
    expect(poppy.levels).toMatchObject({ fore: 'none', digits: jack.levels.digits });
    expect(poppy.contributions.find((c) => c.code === 'FORENAME_NUMBER_FREQUENCY')!.weight).toBeGreaterThan(0);
    expect(jack.contributions.find((c) => c.code === 'FORENAME_NUMBER_FREQUENCY')!.weight).toBeLessThan(0);
    expect(poppy.score).toBeGreaterThan(jack.score);
  });

  it('moves no other pair’s prior: the accounts per pupil are estimated without it', () => {
    const first = ['Aria', 'Bodhi', 'Cleo', 'Dara', 'Esme', 'Finn', 'Gia', 'Hugo', 'Isla', 'Juno', 'Kit', 'Luca'];
    const names = first.flatMap((n) => ['', 'na', 'lo', 'ri', 'ta'].map((end) => n + end));
    // Without a date of birth, so that no age term stands in for the rule that leaves the count out of the EM.
    const many = names.map((n, i) => {
      const { dob: _, ...undated } = pupil(`Q${i}`, n, 'Family');
      return undated;
    });
    /** `others`: accounts written as each forename alone with numbers no pupil reads as theirs (no candidate, only the count). */
    const audited = (others: number) => {
      const matcher = createMatcher([...pupils, ...many]);
      for (let i = 0; i < 3000; i++) matcher.match(connection(`Wendy Hall${i % 7}`, `adult${i}`, '2019-03-01'), STAFF);
      for (const n of names)
        for (let k = 0; k < others; k++) matcher.match(connection(undefined, `${n.toLowerCase()}${60 + k}`), STAFF);
      for (const n of names) matcher.match(connection(n, `${n.toLowerCase()}9`, '2024-03-01'), STAFF);
      for (const n of names) matcher.match(connection(`${n} Family`, `${n.toLowerCase()}.fam`, '2024-03-01'), STAFF);
      const c = connection('Aria', 'aria9', '2024-03-01');
      return matcher.finalise(matcher.match(c, STAFF), c).find((x) => x.pupil.legalForename === 'Aria')!;
    };
    const alone = audited(0);
    const crowded = audited(6);
    const weight = (x: typeof alone) =>
      x.contributions.find((c) => c.code === 'FORENAME_NUMBER_FREQUENCY')?.weight ?? 0;
    expect(weight(crowded)).toBeLessThan(weight(alone));
    expect(crowded.prior?.accountsPerPupil).toBe(alone.prior?.accountsPerPupil);
  });
});
