import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { monthOf } from '../../src/match/monthOf.js';
import { OTHER_SCHOOL_ACCOUNT_RATE } from '../../src/match/TrustRoll.js';
import type { Connection, Pupil } from '../../src/model/records.js';

const FORENAMES = ['Ansel', 'Brisa', 'Corwin', 'Delphine', 'Evander', 'Fenella', 'Gideon', 'Hester', 'Ivo', 'Juno'];
const SURNAMES = ['Quarles', 'Rendle', 'Stobart', 'Tregear', 'Ufton', 'Vosper', 'Wyatt', 'Yeo', 'Zouch', 'Pengelly'];

/** A hundred pupils with rare invented names, born in 2013, and Orla Venn. */
const pupils: Pupil[] = [
  ...FORENAMES.flatMap((fore, i) =>
    SURNAMES.map((sur, j) => ({
      id: `P${i}${j}`,
      legalForename: fore,
      legalSurname: sur,
      middleNames: 'Bramwell',
      dob: `2013-0${1 + ((i + j) % 9)}-10`,
      source: { file: 'roll.csv', line: 2 + 10 * i + j },
    })),
  ),
  { id: 'O1', legalForename: 'Orla', legalSurname: 'Venn', dob: '2013-04-03', source: { file: 'roll.csv', line: 200 } },
];

const row = (displayName: string, username: string, platform: string, connectedOn: string): Connection =>
  ({
    staffId: 'S1',
    platform,
    displayName,
    username,
    relationship: 'friend',
    connectedOn,
    source: { file: 'connections.csv', line: 2 },
  }) as Connection;

describe('another school’s child bearing the pupil’s whole name is weighed as the pupil is', () => {
  it('with the audit’s estimated presentation, so that a namesake born the same month weighs the same', () => {
    const orla = pupils.at(-1)!;
    const born = monthOf(orla.dob!)!;
    const matcher = createMatcher(pupils, { auditDate: '2026-11-24', namesakesElsewhere: () => [born] });
    const lists: Connection[] = [];
    // Every pupil's own account is on X (the bench's pupils are seldom there), beyond doubt by the birth year.
    for (const p of pupils.slice(0, -1)) {
      const handle = `${p.legalForename}.${p.legalSurname}2013`.toLowerCase();
      lists.push(row(`${p.legalForename} Bramwell ${p.legalSurname}`, handle, 'x', '2025-09-01'));
    }
    for (let i = 0; i < 3_000; i++) lists.push(row(`Adult${i % 97} Ashby${i % 89}`, `a${i}`, 'facebook', '2015-06-01'));
    const account = row('Orla Venn', 'ovenn_x', 'x', '2025-09-01');
    lists.push(account);
    const found = new Map<Connection, MatchCandidate[]>();
    for (const c of lists) found.set(c, matcher.match(c, undefined));
    const [candidate] = matcher.finalise(found.get(account)!, account);
    expect(candidate!.reasons).toContain('NAME_ELSEWHERE_IN_TRUST');
    // The namesake's log-odds equal the pupil's, so they share the account at the other-school rate.
    const odds = 2 ** candidate!.logOdds!;
    const expected = odds / (1 + odds + odds * OTHER_SCHOOL_ACCOUNT_RATE);
    expect(candidate!.score).toBeCloseTo(expected, 9);
    // The estimate moved X's m well away from the bench's (0.121), so weighing the namesake with the bench's differs.
    const platform = candidate!.contributions.find((c) => c.code === 'PLATFORM');
    expect(platform?.args).toMatchObject({ from: 'audit' });
    expect(Number(platform!.args!.pupilsShare)).toBeGreaterThan(0.2);
  });
});
