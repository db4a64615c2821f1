import { describe, expect, it } from 'vitest';
import { SchoolMatchers } from '../../src/audit/SchoolMatchers.js';
import { createMatcher, type MatcherOptions } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Connection, Pupil, StaffMember } from '../../src/model/records.js';
import { connection, PUPILS } from '../match/fixtures/pupils.js';

// The fixture's pupils at five schools of an invented trust, three a school.
const SCHOOLS = ['Ashby', 'Brook', 'Castle', 'Dene', 'Elm'];
const schoolOf = (at: number) => `${SCHOOLS[at % SCHOOLS.length]} Academy`;
const placed = (): Pupil[] => PUPILS.map((p, at) => ({ ...p, school: schoolOf(at) }));
const staffAt = (school: string, id: string): StaffMember => ({
  id,
  name: `Staff ${id}`,
  school,
  source: { file: 'staff.csv', line: 2 },
});
const STAFF = SCHOOLS.map((_, at) => staffAt(schoolOf(at), `S${at}`));
const NAMES: [string | undefined, string | undefined][] = [
  ['Jack Smith', 'jacksmith2012'],
  ['Alex Brown', undefined],
  ['Jak Smyth', undefined],
  ['Tomek Kowalski', 'tomek.k'],
  ['Libby Hughes', 'libbyh'],
  ['Ollie Price', undefined],
  [undefined, 'peggylloyd11'],
  ['Caitlin Frazer', undefined],
  ['Bristol Bakery', 'bristolbakes'],
];
// Every member of staff's list in turn, a few rows at a time, so that the schools' matchers take turns.
const ROWS: [StaffMember, Connection][] = [];
for (let round = 0; round < 3; round++)
  for (const [s, member] of STAFF.entries())
    for (let i = 0; i < 3; i++) {
      const [name, handle] = NAMES[(s + round + i) % NAMES.length]!;
      ROWS.push([member, connection(name, handle, `202${3 + (i % 2)}-0${1 + s}-01`)]);
    }

/** Every row's candidates, then every row's final weighing, read by matchers that forget their reading after `idleRows` rows unread. */
function audited(
  trustWide: boolean,
  idleRows: number,
  tallyApart = false,
  rows = ROWS,
): [MatchCandidate[][], MatchCandidate[][]] {
  const pupils = placed();
  const matchers = new SchoolMatchers(
    pupils,
    trustWide,
    // `tallyApart`: each matcher counts display names in a tally of its own, not the schools' by the trust's entries.
    (inScope, scope) => createMatcher(inScope, tallyApart ? withoutDisplayNames(scope) : scope),
    [],
    idleRows,
  );
  const read = rows.map(([member, row]) => matchers.for(member).match(row, member));
  matchers.forgetCaches();
  const judged = rows.map(([member, row], i) => matchers.for(member).finalise(read[i]!, row));
  // Pupils are compared by id: each audit has its own copies.
  const plain = (lists: MatchCandidate[][]) =>
    lists.map((list) => list.map((c) => ({ ...c, pupil: c.pupil.id }))) as unknown as MatchCandidate[][];
  return [plain(read), plain(judged)];
}

describe('SchoolMatchers lets idle schools’ matchers forget their reading', () => {
  for (const trustWide of [false, true]) {
    it(`answers as when every school kept its caches (${trustWide ? 'trust-wide' : 'school by school'})`, () => {
      const [read, judged] = audited(trustWide, 0);
      const [readKept, judgedKept] = audited(trustWide, 1_000_000);
      expect(read.some((list) => list.length > 0)).toBe(true);
      expect(judged.some((list) => list.some((c) => c.score > 0.5))).toBe(true);
      expect(read).toEqual(readKept);
      expect(judged).toEqual(judgedKept);
    });
  }
});

/** The options given a matcher, but its own tally of display names. */
function withoutDisplayNames(scope: MatcherOptions = {}): MatcherOptions {
  const { displayNames: _, ...rest } = scope;
  return rest;
}

describe('SchoolMatchers trust-wide: the schools count display names by the trust tally’s entries', () => {
  it('weighs every row as when each school kept a tally of its own', () => {
    // Names borne by several accounts (so counted more than once at a school), and accounts met at another
    // school under another name (counted there, by the trust only under the first).
    const rows: [StaffMember, Connection][] = [];
    for (const [s, member] of STAFF.entries())
      for (let i = 0; i < 12; i++) {
        const [name, handle] = NAMES[(s + i) % NAMES.length]!;
        // Every fourth row an account of every school's lists, met first at the first school, renamed at the second
        // and fourth after their own pupils (Oliver Price at Brook, Thomas Kowalski at Dene), under names no other row bears.
        const shared = i % 4 === 3;
        const renamed = shared && s % 2 === 1 ? (s === 1 ? 'Olly Price' : 'Tomasz Kowalski') : name;
        rows.push([
          member,
          connection(renamed, shared ? 'sharedpage' : `${handle ?? 'page'}${i}`, `2024-0${1 + s}-01`),
        ]);
      }
    const [read, judged] = audited(true, 1_000_000, false, rows);
    const [readApart, judgedApart] = audited(true, 1_000_000, true, rows);
    expect(judged.some((list) => list.some((c) => c.score > 0.5))).toBe(true);
    expect(read).toEqual(readApart);
    expect(judged).toEqual(judgedApart);
  });
});
