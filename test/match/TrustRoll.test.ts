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

describe('a trust’s roll, by whole name and school', () => {
  it('counts the children at other schools bearing a name, under legal and preferred forenames', () => {
    // South's Orla (legal) and Aurelia known as Orla, and West's ORLA VENN (no date of birth).
    expect(roll.elsewhere('north', 'orla', 'venn')).toBe(3);
    expect(roll.elsewhere('south', 'orla', 'venn')).toBe(2);
    expect(roll.elsewhere('north', 'aurelia', 'venn')).toBe(1);
    expect(roll.elsewhere('south', 'aurelia', 'venn')).toBe(0);
    // A double-barrelled surname is read by its last word, as the lists' tallies read it.
    expect(roll.elsewhere('north', 'priya', 'venn')).toBe(1);
    expect(roll.elsewhere('north', 'priya', 'sharma')).toBe(0);
    expect(roll.elsewhere('north', 'nobody', 'venn')).toBe(0);
  });

  it('leaves out children too young for an account of their own when the connection was made', () => {
    // In 2022 Aurelia (born 2020) was 2; West's Orla, of unknown age, could be anyone's.
    expect(roll.elsewhere('north', 'orla', 'venn', '2022-09-01')).toBe(2);
    expect(roll.elsewhere('north', 'orla', 'venn', '2024-06-01')).toBe(3);
    expect(roll.elsewhere('north', 'orla', 'venn', '2012-01-01')).toBe(1);
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

  it('are the candidate’s, times the namesakes at the rate of another school’s child', () => {
    const c = candidate(orla);
    const { odds, bearing } = namesakesElsewhereOdds([c], [10], count);
    expect(odds[0]).toBeCloseTo(10 + Math.log2(3 * OTHER_SCHOOL_ACCOUNT_RATE), 9);
    expect(bearing).toEqual([c]);
  });

  it('are none where the account carries the pupil’s own evidence or not their whole name', () => {
    for (const over of [
      { digits: 'dob' },
      { digits: 'yearGroup' },
      { middle: 'yes' },
      { fore: 'usualShort' },
      { sur: 'initial' },
    ] as Partial<FeatureLevels>[])
      expect(namesakesElsewhereOdds([candidate(orla, over)], [10], count)).toEqual({ odds: [], bearing: [] });
    expect(namesakesElsewhereOdds([candidate(pupil('A2', 'Priya', 'Sharma'))], [10], count).odds).toEqual([]);
  });

  it('are counted once per name, from the likeliest of this school’s pupils bearing it', () => {
    const twin = pupil('A3', 'Orla', 'Venn', '2013-04-03');
    const { odds, bearing } = namesakesElsewhereOdds([candidate(orla), candidate(twin)], [4, 6], count);
    expect(odds).toHaveLength(1);
    expect(bearing.map((c) => c.pupil.id)).toEqual(['A1', 'A3']);
    expect(odds[0]).toBeCloseTo(6 + Math.log2(3 * OTHER_SCHOOL_ACCOUNT_RATE), 9);
  });
});
