import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { namesAnother } from '../../src/match/namesAnother.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// An adult writes their forename and a small number in the handle (`14reuben`) and their whole name in
// the display name ("Reuben Greenfield"): the handle read alone is a pupil Reuben born in 2014, but the
// account names a Reuben of another surname. Its surname is a word the pupil does not explain.
const reuben = {
  words: ['reuben', 'egcombe', 'king'],
  forenames: ['reuben'],
  surnames: ['egcombeking', 'egcombe', 'king'],
};

describe('a forename read alone from the handle, beside a display name of somebody else (issue 14)', () => {
  it('counts the display name’s words that are none of the pupil’s names', () => {
    expect(namesAnother('Reuben Greenfield', '14reuben', reuben)).toBe(1);
    expect(namesAnother('Reuben Anthony Greenfield', '14reuben', reuben)).toBe(2);
    // The handle's forename as the display name's first word, though not the pupil's own form (Finn for Finley).
    expect(namesAnother('Finn Woodworth', '14finn', { ...reuben, forenames: ['finley'] })).toBe(1);
  });

  it.each([
    ['Reuben', 'a forename alone'],
    ['Reuben 🔥', 'a forename and emoji'],
    ['Reuben King', 'a surname of the pupil’s'],
    ['Reuben Egcombe-King', 'the whole surname'],
    ['Greenfield Reuben', 'a first word that is neither the handle’s nor a forename of the pupil’s'],
    [undefined, 'no display name'],
  ])('counts none for %s (%s)', (display: string | undefined, _why: string) => {
    expect(namesAnother(display, '14reuben', reuben)).toBe(0);
  });

  it('takes a word beginning as the pupil’s surname for a spelling of it (Kowalski for Kowalska)', () => {
    const wiktoria = {
      words: ['wiktoria', 'kowalska'],
      forenames: ['wiktoria'],
      surnames: ['kowalska'],
    };
    expect(namesAnother('Wiktoria Kowalski', 'wiktoria2011', wiktoria)).toBe(0);
  });

  const roll = [pupil('R1', 'Reuben', 'Egcombe-King', { dob: '2014-05-24', yearGroup: 'Year 8' })];
  const best = (displayName: string | undefined, family: string[] = ['Karen Greenfield']) => {
    const matcher = createMatcher(roll);
    for (const name of family) matcher.match(connection(name), STAFF);
    const c = { ...connection(displayName, '14reuben', '2025-05-26'), platform: 'instagram' };
    return matcher.finalise(matcher.match(c, STAFF), c)[0];
  };

  it('weighs the other surname as an unexplained word where other accounts bear it: not worth a review', () => {
    const alone = best('Reuben');
    expect(alone?.pupil.id).toBe('R1');
    expect(alone!.levels.unexplained).toBe('0');
    expect(alone!.score).toBeGreaterThanOrEqual(REVIEW_AT);
    const another = best('Reuben Greenfield');
    expect(another?.pupil.id).toBe('R1');
    expect(another!.levels.unexplained).toBe('1');
    expect(another!.contributions.map((c) => c.code)).toContain('UNEXPLAINED_WORDS');
    expect(another!.score).toBeLessThan(REVIEW_AT);
  });

  it('leaves a word no other account on the lists ends with unweighed: it may be the pupil’s own', () => {
    const unique = best('Reuben Greenfield', ['Karen Whitden']);
    expect(unique!.levels.unexplained).toBe('0');
    expect(unique!.score).toBe(best('Reuben')!.score);
  });
});

describe('the display name of somebody else, left out of the audit’s own estimates', () => {
  // Many adults writing a forename and a pupil's birth year: weighed as calib23 weighed them, their pairs
  // moved the EM's accounts per pupil, and every other pupil's share with it (a pupil lost at the 2 % floor).
  const roll = [
    pupil('R1', 'Reuben', 'Egcombe-King', { dob: '2014-05-24', yearGroup: 'Year 8' }),
    pupil('J1', 'Jack', 'Smith', { dob: '2012-03-01' }),
  ];
  const priorAfter = (displayName: string) => {
    const matcher = createMatcher(roll);
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => connection(displayName, `${14}reuben${'x'.repeat(i % 3)}`, '2025-05-26')),
      connection('Jack Smith', 'jacksmith2012', '2024-03-01'),
    ];
    const waiting = rows.map((row) => matcher.match(row, STAFF));
    matcher.forgetCaches?.();
    const weighed = rows.map((row, i) => matcher.finalise(waiting[i]!, row));
    return { jack: weighed.at(-1)![0]!, reuben: weighed[0]![0]! };
  };

  it('weighs every other pair as a forename shown alone would leave it', () => {
    const alone = priorAfter('Reuben');
    const another = priorAfter('Reuben Greenfield');
    expect(another.reuben.levels.unexplained).toBe('1');
    expect(another.reuben.score).toBeLessThan(alone.reuben.score);
    expect(another.jack.prior?.accountsPerPupil).toBe(alone.jack.prior?.accountsPerPupil);
    expect(another.jack.score).toBe(alone.jack.score);
  });
});
