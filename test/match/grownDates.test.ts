import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A grown former pupil's date was weighed by when pupils' own accounts are met (8–12 mostly): an account met
// when they were 15 counted against them as it would against a pupil of 15 now, tilting a name they share with a
// current pupil towards the pupil (issue 14, false reviews of grown former pupils' accounts; former33).

describe('a former pupil now grown', () => {
  const roll = [
    pupil('L1', 'Winifred', 'Chadford', { dob: '2006-03-01', leavingDate: '2024-07-20', yearGroup: undefined }),
    pupil('P1', 'Winifred', 'Chadford', { dob: '2011-03-01', yearGroup: 'Year 10' }),
  ];
  const weighed = () => {
    const matcher = createMatcher(roll, { auditDate: '2026-11-30' });
    const c = connection('Winifred Chadford', undefined, '2021-09-25');
    return matcher.finalise(matcher.match(c, STAFF), c);
  };

  it('is weighed without the date, which says when children’s accounts are met', () => {
    const byId = new Map(weighed().map((c) => [c.pupil.id, c]));
    const grown = byId.get('L1')!;
    expect(grown.levels.stage).toBe('grown');
    expect(grown.contributions.map((c) => c.code)).not.toContain('CONNECTED_AT_PUPIL_AGE');
    const current = byId.get('P1')!;
    expect(current.levels.stage).toBe('older');
    expect(current.contributions.map((c) => c.code)).toContain('CONNECTED_AT_PUPIL_AGE');
  });

  it('before 4, still not theirs', () => {
    const matcher = createMatcher(roll, { auditDate: '2026-11-30' });
    const c = connection('Winifred Chadford', undefined, '2008-09-25');
    const grown = matcher.finalise(matcher.match(c, STAFF), c).find((x) => x.pupil.id === 'L1');
    expect(grown?.levels.age).toBe('under4');
    expect(grown?.contributions.map((x) => x.code)).toContain('CONNECTED_WHEN_YOUNG');
  });
});
