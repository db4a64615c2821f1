import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { FeatureLevels } from '../../src/match/matchModel.js';
import { namesakesElsewhereOdds, OTHER_SCHOOL_ACCOUNT_RATE, TrustRoll } from '../../src/match/TrustRoll.js';
import type { Pupil } from '../../src/model/records.js';

const pupil = (id: string, forename: string, surname: string, dob?: string, preferred?: string): Pupil => ({
  id,
  legalForename: forename,
  legalSurname: surname,
  ...(preferred ? { preferredForename: preferred } : {}),
  ...(dob ? { dob } : {}),
  source: { file: 'roll.csv', line: 2 },
});

const roll = new TrustRoll([
  ['north', [pupil('A1', 'Orla', 'Venn', '2013-04-03'), pupil('A2', 'Priya', 'Sharma', '2012-10-10')]],
  ['south', [pupil('B1', 'Orla', 'Venn', '2013-02-01'), pupil('B2', 'Aurelia', 'Venn', '2020-06-01', 'Orla')]],
  ['west', [pupil('C1', 'ORLA', 'VENN'), pupil('C2', 'Priya', 'Sharma-Venn', '2011-01-01')]],
]);

const month = (year: number, m: number) => year * 12 + m - 1;

describe('a trust’s roll, by whole name and school', () => {
  it('gives the birth months of the children at other schools bearing a name, under legal and preferred forenames', () => {
    // South's Orla (legal) and Aurelia known as Orla, and West's ORLA VENN (no date of birth: 0).
    expect(roll.elsewhere('north', 'orla', 'venn').sort()).toEqual([0, month(2013, 2), month(2020, 6)].sort());
    expect(roll.elsewhere('south', 'orla', 'venn').sort()).toEqual([0, month(2013, 4)].sort());
    expect(roll.elsewhere('north', 'aurelia', 'venn')).toEqual([month(2020, 6)]);
    expect(roll.elsewhere('south', 'aurelia', 'venn')).toEqual([]);
    // A double-barrelled surname is read by its last word, as the lists' tallies read it.
    expect(roll.elsewhere('north', 'priya', 'venn')).toEqual([month(2011, 1)]);
    expect(roll.elsewhere('north', 'priya', 'sharma')).toEqual([]);
    expect(roll.elsewhere('north', 'nobody', 'venn')).toEqual([]);
  });
});

const levels = (over: Partial<FeatureLevels> = {}): FeatureLevels =>
  ({ fore: 'legal', sur: 'full', digits: 'none', middle: 'no', ...over }) as FeatureLevels;
const candidate = (p: Pupil, over: Partial<FeatureLevels> = {}): MatchCandidate => ({
  pupil: p,
  score: 0,
  reasons: [],
  contributions: [],
  levels: levels(over),
});

describe('the odds that an account is another school’s child of the name', () => {
  const orla = pupil('A1', 'Orla', 'Venn', '2013-04-03');
  const count = (forename: string, surname: string) => roll.elsewhere('north', forename, surname);
  // Weighed as the candidate, but by each namesake's own age: here 1 bit a year of age, none unborn.
  const weighAs = (_c: MatchCandidate, born: number) =>
    born === 0 ? 5 : born > month(2019, 1) ? Number.NEGATIVE_INFINITY : month(2026, 1) / 12 - born / 12;

  it('are each namesake’s own, at the rate of another school’s child', () => {
    const c = candidate(orla);
    const { odds, bearing } = namesakesElsewhereOdds([c], [10], count, weighAs);
    // South's Orla (13 in 2026) and West's of unknown age; the infant Aurelia could not be the account.
    expect(odds).toHaveLength(2);
    expect(odds).toContain(5 + Math.log2(OTHER_SCHOOL_ACCOUNT_RATE));
    expect(Math.max(...odds)).toBeCloseTo(
      (month(2026, 1) - month(2013, 2)) / 12 + Math.log2(OTHER_SCHOOL_ACCOUNT_RATE),
      9,
    );
    expect(bearing).toEqual([c]);
  });

  it('are none where the account carries the pupil’s middle name or not their whole name', () => {
    for (const over of [{ middle: 'yes' }, { fore: 'nickname' }, { sur: 'initial' }] as Partial<FeatureLevels>[])
      expect(namesakesElsewhereOdds([candidate(orla, over)], [10], count, weighAs)).toEqual({ odds: [], bearing: [] });
    expect(namesakesElsewhereOdds([candidate(pupil('A2', 'Priya', 'Sharma'))], [10], count, weighAs).odds).toEqual([]);
  });

  it('are weighed once per name, from the likeliest of this school’s pupils bearing it', () => {
    const twin = candidate(pupil('A3', 'Orla', 'Venn', '2013-04-03'));
    const weighed: MatchCandidate[] = [];
    const { odds, bearing } = namesakesElsewhereOdds([candidate(orla), twin], [4, 6], count, (c, born) => {
      weighed.push(c);
      return weighAs(c, born);
    });
    expect(odds).toHaveLength(2);
    expect(new Set(weighed)).toEqual(new Set([twin]));
    expect(bearing.map((c) => c.pupil.id)).toEqual(['A1', 'A3']);
  });
});
