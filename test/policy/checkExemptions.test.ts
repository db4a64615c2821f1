import { describe, expect, it } from 'vitest';
import type { Exemption, Pupil } from '../../src/model/records.js';
import { checkExemptions } from '../../src/policy/checkExemptions.js';
import { pupilScope } from '../../src/policy/pupilScope.js';

const DAY = '2026-11-24';
const pupils: Pupil[] = [
  { id: 'P1', legalForename: 'Amy', legalSurname: 'Lee', dob: '2017-01-01', source: { file: 'roll.csv', line: 2 } },
  {
    id: 'P2',
    legalForename: 'Ben',
    legalSurname: 'Lee',
    dob: '2004-01-01',
    leavingDate: '2015-07-20',
    source: { file: 'leavers.csv', line: 2 },
  },
];
const check = (exemptions: Exemption[], staff: string[] | null = ['S1']) =>
  checkExemptions(exemptions, {
    auditDate: DAY,
    pupilById: (id) => pupils.find((p) => p.id === id),
    scopeOf: (p) => pupilScope(p, DAY),
    isKnownStaff: staff ? (id) => staff.includes(id) : undefined,
  }).map((issue) => issue.code);

describe('checkExemptions', () => {
  it('is quiet about a good link', () => {
    expect(check([{ staffId: 'S1', pupilId: 'P1', relationship: 'parent', reviewOn: '2027-01-01' }])).toEqual([]);
  });

  it('warns about unknown staff and pupils', () => {
    expect(check([{ staffId: 'S7', pupilId: 'P7', relationship: 'parent' }])).toEqual([
      'EXEMPTION_UNKNOWN_STAFF',
      'EXEMPTION_UNKNOWN_PUPIL',
    ]);
    expect(check([{ staffId: 'S7', pupilId: 'P1', relationship: 'parent' }], null)).toEqual([]);
  });

  it('hints at links due for review or no longer needed', () => {
    expect(check([{ staffId: 'S1', pupilId: 'P1', relationship: 'parent', reviewOn: DAY }])).toEqual([
      'EXEMPTION_REVIEW_DUE',
    ]);
    expect(check([{ staffId: 'S1', pupilId: 'P2', relationship: 'parent' }])).toEqual(['EXEMPTION_PUPIL_OUT_OF_SCOPE']);
  });
});
