import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { estimatePresentation, type PresentationPair } from '../../src/match/estimatePresentation.js';
import { FamilyLists } from '../../src/match/FamilyLists.js';
import { familyHolds, familyMU } from '../../src/match/familyTerm.js';
import { MatchModel } from '../../src/match/matchModel.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import type { Connection, Pupil, StaffMember } from '../../src/model/records.js';
import { describeContribution, describeReason } from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';
import { pupil } from './fixtures/pupils.js';

// Another of the family on the member of staff's list, beside an account bearing a pupil's whole name (family41).
// Invented people only.

describe('the names on each member of staff’s list, by surname', () => {
  it('counts the other forenames beside a surname on the same list, each once, leaving out those explained', () => {
    const lists = new FamilyLists(createNicknameBook());
    lists.noteName('S1', 'Cerys Fairshaw');
    lists.noteName('S1', 'Richard Fairshaw');
    lists.noteName('S1', 'Richard Fairshaw');
    lists.noteName('S1', 'Fairshaw, Ellis');
    lists.noteName('S2', 'Joanne Fairshaw');
    lists.noteName('S1', 'Fairshaw');
    expect(lists.othersBeside('S1', 'fairshaw', ['cerys'])).toBe(2);
    // The roll's children of the surname (a sibling, Ellis) are explained: no relative's account.
    expect(lists.othersBeside('S1', 'fairshaw', ['cerys', 'ellis', 'ellis'])).toBe(1);
    expect(lists.othersBeside('S2', 'fairshaw', ['cerys'])).toBe(1);
    expect(lists.othersBeside('S3', 'fairshaw', ['cerys'])).toBe(0);
    expect(lists.size('S1')).toBe(3);
  });
});

describe('estimating how often another of the family is on the list', () => {
  const model = new MatchModel(testParameters({ platform: { tiktok: 1 }, age: { older: { age8to12: 1 } } }));
  const pair = (base: number, others: number, chance: number): PresentationPair[] => [
    { base, levels: WHOLE_NAME_LEVELS, platformShare: 0.2, family: { others, chance } },
  ];
  const times = (n: number, make: () => PresentationPair[]) => Array.from({ length: n }, make);

  it('recovers the rates beyond chance: m on the pupils beyond doubt, u on the other whole-name accounts', () => {
    // No chance of the surname by itself (λ = 0): the family is there 10 % of the time beside pupils, 60 % beside others.
    const groups = [
      ...times(50, () => pair(30, 1, 0)),
      ...times(450, () => pair(30, 0, 0)),
      ...times(120, () => pair(-40, 1, 0)),
      ...times(80, () => pair(-40, 0, 0)),
    ];
    const { presentation } = estimatePresentation(model, groups, 1_000);
    expect(presentation.family!.u).toBeCloseTo(0.6, 2);
    // m leans towards u by 50 pseudo-accounts: (450 + 50 × 0.4) / 550 accounts without.
    expect(presentation.family!.m).toBeCloseTo(1 - (450 + 50 * 0.4) / 550, 2);
    const [m, u] = familyMU({ others: 1, chance: 0 }, presentation)!;
    expect(Math.log2(m / u)).toBeLessThan(-1.5);
  });

  it('counts a surname common on the lists as there by chance, not as the family', () => {
    // λ = 1: an account of the surname is on the list 63 % of the time by chance, for pupils and others alike.
    const seen = 1 - Math.exp(-1);
    const groups = [
      ...times(Math.round(500 * seen), () => pair(30, 1, 1)),
      ...times(Math.round(500 * (1 - seen)), () => pair(30, 0, 1)),
      ...times(Math.round(200 * seen), () => pair(-40, 1, 1)),
      ...times(Math.round(200 * (1 - seen)), () => pair(-40, 0, 1)),
    ];
    const { presentation } = estimatePresentation(model, groups, 1_000);
    expect(presentation.family!.m).toBeLessThan(0.01);
    expect(presentation.family!.u).toBeLessThan(0.01);
    const [m, u] = familyMU({ others: 1, chance: 1 }, presentation)!;
    expect(Math.abs(Math.log2(m / u))).toBeLessThan(0.05);
  });

  it('is not estimated on too few other whole-name accounts', () => {
    const groups = [...times(100, () => pair(30, 0, 0)), ...times(10, () => pair(-40, 1, 0))];
    expect(estimatePresentation(model, groups, 200).presentation.family).toBeUndefined();
    expect(familyMU({ others: 1, chance: 0 }, {})).toBeUndefined();
  });
});

describe('a bare whole name beside the family’s other accounts', () => {
  const rates = { family: { m: 0.1, u: 0.1 } };
  const bare = { levels: { ...WHOLE_NAME_LEVELS, digits: 'none', middle: 'no', lists: 'one' }, reasons: [] };

  it('is held below FLAG where the family’s account is seldom beside pupils’ own (the audit’s m)', () => {
    expect(familyHolds(bare, { others: 1, chance: 0.1 }, rates)).toBe(true);
  });

  it('is not where nothing of the family is there, the surname is common enough to be there by chance, or no estimate', () => {
    expect(familyHolds(bare, { others: 0, chance: 0.1 }, rates)).toBe(false);
    // P(beside | pupil) = 1 − 0.9 e^−1 = 0.67: a pupil's own account has one more often than not.
    expect(familyHolds(bare, { others: 1, chance: 1 }, rates)).toBe(false);
    expect(familyHolds(bare, { others: 1, chance: 0.1 }, {})).toBe(false);
  });

  it('is not where the account shows the pupil’s own: a birth year, a middle name, several lists, a child’s disguise', () => {
    const family = { others: 1, chance: 0.1 };
    for (const levels of [{ digits: 'dob' }, { digits: 'yearGroup' }, { middle: 'yes' }, { lists: 'several' }])
      expect(familyHolds({ ...bare, levels: { ...bare.levels, ...levels } }, family, rates)).toBe(false);
    expect(familyHolds({ ...bare, reasons: ['CONFUSABLE'] }, family, rates)).toBe(false);
  });
});

describe('the matcher', () => {
  // Pupils with rare invented surnames, each with an adult namesake (their own birth year in the handle: in doubt
  // for the estimate) and their own account beyond doubt (the pupil's birth year), on one member of staff's list.
  const FORENAMES = ['Amelia', 'Oliver', 'Isla', 'Harry', 'Freya', 'Jacob', 'Poppy', 'Noah', 'Evie', 'Leo'];
  const SURNAMES = ['Quenwell', 'Marhurst', 'Dunwood', 'Scarstone', 'Uxmore', 'Ormbridge'];
  const roll: Pupil[] = [];
  for (const [i, fore] of FORENAMES.entries())
    for (const [j, sur] of SURNAMES.entries())
      roll.push(pupil(`P${i}-${j}`, fore, sur, { dob: '2012-05-01', yearGroup: 'Year 9' }));
  // Cerys Fairshaw's brother Ellis is on the roll; Cerys's grandfather Richard is not.
  roll.push(pupil('C1', 'Cerys', 'Fairshaw'), pupil('E1', 'Ellis', 'Fairshaw'));
  const staff = (id: string): StaffMember => ({ id, name: `Staff ${id}`, forename: 'Staff', surname: id });
  const row = (
    displayName: string,
    username: string | undefined,
    list: string,
    platform = 'facebook',
  ): [Connection, StaffMember] => [
    {
      platform,
      displayName,
      ...(username ? { username } : {}),
      connectedOn: '2023-06-01',
      staffId: list,
      source: { file: 'connections.csv', line: 2 },
    },
    staff(list),
  ];
  const background: [Connection, StaffMember][] = roll
    .slice(0, 60)
    .flatMap((p, i) => [
      row(`${p.legalForename} ${p.legalSurname}`, `${p.legalForename}${p.legalSurname}71`.toLowerCase(), `S${i % 7}`),
      row(
        `${p.legalForename} ${p.legalSurname}`,
        `${p.legalForename}${p.legalSurname}2012`.toLowerCase(),
        `S${i % 7}`,
        'snapchat',
      ),
    ]);

  /** Cerys Fairshaw's bare whole name on list S9, beside `beside`, weighed once every list is read. */
  const cerys = (beside: string[]) => {
    const matcher = createMatcher(roll);
    const rows = [
      ...background,
      row('Cerys Fairshaw', undefined, 'S9', 'tiktok'),
      ...beside.map((b) => row(b, undefined, 'S9')),
    ];
    const waiting = rows.map(([c, s]) => matcher.match(c, s));
    matcher.forgetCaches?.();
    const at = background.length;
    return matcher.finalise(waiting[at]!, rows[at]![0]).find((c) => c.pupil.id === 'C1')!;
  };

  it('flags the bare whole name alone on the list, and beside the pupil’s sibling on the roll', () => {
    const alone = cerys([]);
    expect(alone.score).toBeGreaterThanOrEqual(0.99);
    expect(alone.reasons).not.toContain('FAMILY_ON_LIST');
    const withBrother = cerys(['Ellis Fairshaw']);
    expect(withBrother.score).toBeGreaterThanOrEqual(0.99);
    expect(withBrother.reasons).not.toContain('FAMILY_ON_LIST');
  });

  it('holds it below FLAG beside another of the family the roll does not explain, and says why', () => {
    const withRelative = cerys(['Richard Fairshaw']);
    expect(withRelative.score).toBeLessThanOrEqual(0.98);
    expect(withRelative.score).toBeGreaterThan(0.9);
    expect(withRelative.reasons).toContain('FAMILY_ON_LIST');
    expect(describeReason('FAMILY_ON_LIST')).toMatch(/relative named after the pupil/);
  });

  it('words the term as weighed, with the audit’s own shares', () => {
    const args = { family: 'beside', pupilsShare: 0.1, listsShare: 0.4, from: 'audit' };
    expect(describeContribution({ code: 'FAMILY_ON_LIST', args, weight: -1.2 })).toBe(
      'another account of the surname with another forename (none of the roll’s children’s) is on this member of staff’s list: less often so beside pupils’ own accounts than beside others bearing a pupil’s whole name (10\u00a0% of pupils’ accounts beyond doubt; 40\u00a0% of the others, as estimated on these lists) (−1.2)',
    );
  });
});
