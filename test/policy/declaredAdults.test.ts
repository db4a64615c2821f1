import { describe, expect, it } from 'vitest';
import type { Decision, Pupil } from '../../src/model/records.js';
import { declaredAdults, scopeWithDeclaredAge } from '../../src/policy/declaredAdults.js';

const pupil = (extra: Partial<Pupil>): Pupil => ({
  id: 'L1',
  legalForename: 'Ruby',
  legalSurname: 'Stone',
  source: { file: 'leavers.csv', line: 2 },
  ...extra,
});
const decision = (extra: Partial<Decision>): Decision => ({
  key: 'S1|tiktok|@rubystone|L1',
  staffId: 'S1',
  pupilId: 'L1',
  decision: 'adult',
  ...extra,
});
const DAY = '2027-03-20';

describe('scopeWithDeclaredAge', () => {
  it('takes a former pupil of unknown age recorded as now 18 or over out of scope', () => {
    const adults = declaredAdults([decision({})]);
    expect(scopeWithDeclaredAge(pupil({ leavingDate: '2020-07-20' }), DAY, adults)).toEqual({
      status: 'former',
      age: null,
      inScope: false,
      rule: null,
    });
    expect(scopeWithDeclaredAge(pupil({ leavingDate: '2020-07-20' }), DAY, new Map())).toMatchObject({
      inScope: true,
      rule: 'FORMER_PUPIL_DOB_UNKNOWN',
    });
  });

  it('uses the date of birth the reviewer gave, as if the roll had it', () => {
    const adults = declaredAdults([decision({ pupilDob: '2001-03-02' })]);
    expect(scopeWithDeclaredAge(pupil({ leavingDate: '2020-07-20' }), DAY, adults)).toEqual({
      status: 'former',
      age: 26,
      inScope: false,
      rule: null,
    });
  });

  it('lets the roll’s date of birth win, and never takes a current pupil out of scope', () => {
    const adults = declaredAdults([decision({})]);
    expect(scopeWithDeclaredAge(pupil({ leavingDate: '2020-07-20', dob: '2010-01-01' }), DAY, adults)).toMatchObject({
      inScope: true,
      age: 17,
    });
    expect(scopeWithDeclaredAge(pupil({}), DAY, adults)).toMatchObject({ status: 'current', inScope: true });
  });

  it('reads only adult decisions', () => {
    expect([
      ...declaredAdults([decision({ decision: 'dismiss' }), decision({ pupilId: 'L2', decision: 'adult' })]).keys(),
    ]).toEqual(['L2']);
  });
});
