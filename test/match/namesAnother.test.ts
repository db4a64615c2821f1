import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { namesAnother } from '../../src/match/namesAnother.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
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

  it.each<[string | undefined, string]>([
    ['Reuben', 'a forename alone'],
    ['Reuben 🔥', 'a forename and emoji'],
    ['Reuben King', 'a surname of the pupil’s'],
    ['Reuben Egcombe-King', 'the whole surname'],
    ['Greenfield Reuben', 'a first word that is neither the handle’s nor a forename of the pupil’s'],
    [undefined, 'no display name'],
  ])('counts none for %s (%s)', (display) => {
    expect(namesAnother(display, '14reuben', reuben)).toBe(0);
  });

  it('takes a word beginning as the pupil’s surname for a spelling of it (Kowalski for Kowalska)', () => {
    const wiktoria = { words: ['wiktoria', 'kowalska'], forenames: ['wiktoria'], surnames: ['kowalska'] };
    expect(namesAnother('Wiktoria Kowalski', 'wiktoria2011', wiktoria)).toBe(0);
  });

  const roll = [pupil('R1', 'Reuben', 'Egcombe-King', { dob: '2014-05-24', yearGroup: 'Year 8' })];
  const best = (displayName: string | undefined) => {
    const matcher = createMatcher(roll);
    const c = { ...connection(displayName, '14reuben', '2025-05-26'), platform: 'instagram' };
    return matcher.finalise(matcher.match(c, STAFF), c)[0];
  };

  it('weighs the other surname as an unexplained word: not worth a review', () => {
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
});

describe('a whole name read from the handle alone, beside a display name of somebody else (calib33)', () => {
  // "Violet Quenwick" @13violet: the handle read as leetspeak "Le Violet" names a pupil Violet Le, while the
  // display name gives the forename with another surname; before, only a forename read alone counted it.
  const roll = [pupil('V1', 'Violet', 'Le', { dob: '2013-06-25', yearGroup: 'Year 8' })];
  const weigh = (displayName: string) => {
    const matcher = createMatcher(roll);
    const c = { ...connection(displayName, '13violet', '2025-05-18'), platform: 'instagram' };
    return matcher.finalise(matcher.match(c, STAFF), c).find((c) => c.pupil.id === 'V1');
  };

  it('counts the other surname as unexplained, so the account is no flag', () => {
    const another = weigh('Violet Quenwick');
    expect(another?.levels.names).toBe('handle');
    expect(another!.levels.unexplained).toBe('1');
    expect(another!.score).toBeLessThan(FLAG_AT);
    // The display name that is the pupil's own explains itself.
    expect(weigh('Violet Le')?.levels.unexplained).toBe('0');
  });
});

describe('the accounts per pupil, counted without the display name beside a handle read alone (calib33)', () => {
  // Adults writing `reuben14` in six ways on six platforms, beside their own name or a forename alone:
  // weighed down on the pair, they are counted in the EM's estimate as the handle's reading alone says.
  const roll = [
    pupil('R1', 'Reuben', 'Egcombe-King', { dob: '2014-05-24', yearGroup: 'Year 7' }),
    pupil('R2', 'Reuben', 'Oyelaran', { dob: '2014-02-11', yearGroup: 'Year 7' }),
    pupil('O1', 'Olivia', 'Tremlett', { dob: '2013-03-02', yearGroup: 'Year 8' }),
  ];
  const handles = ['reuben14', 'reuben_14', '14reuben', 'reuben.14', 'reuben2014', 'reuben_2014'];
  const platforms = ['instagram', 'tiktok', 'snapchat', 'facebook', 'x', 'other'];
  const priorWith = (displayName: string) => {
    const matcher = createMatcher(roll);
    const olivia = { ...connection('Olivia Tremlett', 'olivia.tremlett', '2025-05-26'), platform: 'instagram' };
    const oliviaWaits = matcher.match(olivia, STAFF);
    const adults = handles.flatMap((handle) =>
      platforms.map((platform) => ({ ...connection(displayName, handle, '2025-05-26'), platform })),
    );
    const adultsWait = adults.map((c) => matcher.match(c, STAFF));
    return {
      rho: matcher.finalise(oliviaWaits, olivia)[0]!.prior!.accountsPerPupil,
      adult: matcher.finalise(adultsWait[0]!, adults[0]!)[0],
    };
  };

  it('is the same whether the adults show a surname of their own or a forename alone', () => {
    const alone = priorWith('Reuben');
    const another = priorWith('Reuben Greenfield');
    expect(another.adult?.levels.unexplained).toBe('1');
    expect(alone.adult?.levels.unexplained).toBe('0');
    expect(another.rho).toBe(alone.rho);
  });
});
