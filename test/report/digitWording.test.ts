import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import { describeReason } from '../../src/report/wording.js';
import { connection, pupil, STAFF } from '../match/fixtures/pupils.js';

describe('the words for a number in the account’s names', () => {
  it('do not say "username" when the pupil’s birth year is in the display name', () => {
    const [candidate] = createMatcher([pupil('N01', 'Grace', 'Turner', { dob: '2012-05-01' })]).match(
      connection('Grace Turner 2012'),
      STAFF,
    );
    expect(candidate?.levels.digits).toBe('dob');
    const codes = (candidate?.contributions ?? [])
      .map((c) => c.code)
      .filter((code): code is ReasonCode => code.startsWith('HANDLE_YEAR'));
    expect(codes).toEqual(['HANDLE_YEAR_MATCHES_DOB']);
    for (const code of codes) expect(describeReason(code)).toMatch(/display name or username/);
  });
});
