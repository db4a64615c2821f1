import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../src/model/records.js';
import { pupilScope } from '../../src/policy/pupilScope.js';

const pupil = (extra: Partial<Pupil>): Pupil => ({
  id: 'P1',
  legalForename: 'Amy',
  legalSurname: 'Lee',
  source: { file: 'roll.csv', line: 2 },
  ...extra,
});
const DAY = '2026-11-24';

describe('pupilScope', () => {
  it('keeps a current pupil in scope at any age, with or without a leaving date to come', () => {
    expect(pupilScope(pupil({ dob: '2007-01-01' }), DAY)).toEqual({
      status: 'current',
      age: 19,
      inScope: true,
      rule: 'CURRENT_PUPIL',
    });
    expect(pupilScope(pupil({ dob: '2015-01-01', leavingDate: '2026-12-19' }), DAY).rule).toBe('CURRENT_PUPIL');
  });

  it('treats a leaving date on the audit date as former', () => {
    expect(pupilScope(pupil({ dob: '2015-01-01', leavingDate: DAY }), DAY)).toMatchObject({
      status: 'former',
      rule: 'FORMER_PUPIL_UNDER_18',
    });
  });

  it('drops a former pupil from the day they turn 18', () => {
    expect(pupilScope(pupil({ dob: '2008-11-25', leavingDate: '2020-07-20' }), DAY)).toMatchObject({
      inScope: true,
      age: 17,
    });
    expect(pupilScope(pupil({ dob: '2008-11-24', leavingDate: '2020-07-20' }), DAY)).toMatchObject({
      inScope: false,
      age: 18,
      rule: null,
    });
  });

  it('turns someone born on 29 February 18 on 1 March in a common year', () => {
    const leapling = pupil({ dob: '2008-02-29', leavingDate: '2019-07-20' });
    expect(pupilScope(leapling, '2026-02-28').inScope).toBe(true);
    expect(pupilScope(leapling, '2026-03-01').inScope).toBe(false);
  });

  it('keeps a former pupil of unknown age in scope for review', () => {
    expect(pupilScope(pupil({ leavingDate: '2020-07-20' }), DAY)).toEqual({
      status: 'former',
      age: null,
      inScope: true,
      rule: 'FORMER_PUPIL_DOB_UNKNOWN',
    });
  });
});
