import { describe, expect, it } from 'vitest';
import { SchoolMatchers } from '../../src/audit/SchoolMatchers.js';
import type { Matcher } from '../../src/match/Matcher.js';
import type { Pupil, StaffMember } from '../../src/model/records.js';
import { PUPILS } from '../match/fixtures/pupils.js';

const SCHOOLS = ['Ashby Academy', 'Brook Academy'];
const pupils = (): Pupil[] => PUPILS.map((p, at) => ({ ...p, school: SCHOOLS[at % 2]! }));
const STAFF: StaffMember[] = SCHOOLS.map((school, at) => ({
  id: `S${at}`,
  name: `Staff ${at}`,
  school,
  source: { file: 'staff.csv', line: 2 + at },
}));

/** What each matcher was asked to let go, and the collection, in the order asked. */
function lettingGo(trustWide: boolean): string[] {
  const asked: string[] = [];
  let made = 0;
  const matchers = new SchoolMatchers(
    pupils(),
    trustWide,
    (): Matcher => {
      const name = `matcher ${made++}`;
      return {
        match: () => [],
        finalise: () => [],
        forgetReading: () => asked.push(`${name} forgetReading`),
        letGoOfNames: () => asked.push(`${name} letGoOfNames`),
        forgetCaches: () => asked.push(`${name} forgetCaches`),
      };
    },
    [],
  );
  for (const member of STAFF) matchers.for(member);
  matchers.forgetCaches(() => asked.push('collect'));
  return asked;
}

describe('SchoolMatchers.forgetCaches', () => {
  for (const trustWide of [false, true]) {
    it(`collects once every matcher's reading is let go, before any tallies its names (${trustWide ? 'trust-wide' : 'school by school'})`, () => {
      const asked = lettingGo(trustWide);
      const collect = asked.indexOf('collect');
      const matchers = new Set(
        asked.filter((step) => step !== 'collect').map((step) => step.split(' ').slice(0, 2).join(' ')),
      );
      expect(matchers.size).toBe(trustWide ? 3 : 2);
      for (const matcher of matchers) {
        expect(asked.indexOf(`${matcher} forgetReading`)).toBeLessThan(collect);
        expect(asked.indexOf(`${matcher} letGoOfNames`)).toBeGreaterThan(collect);
        expect(asked.indexOf(`${matcher} forgetCaches`)).toBeGreaterThan(asked.indexOf(`${matcher} letGoOfNames`));
      }
    });
  }
});
