import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { FeatureLevels } from '../../src/match/features.js';
import { titleBesideHandle } from '../../src/match/titleBesideHandle.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A title or family word in a display name that does not name the pupil, beside a handle that does (fr50, issue 14:
// false reviews; eval2's parents "Katie's Dad" at `djennings`, "Mum of Sophie" at `sbutler`).

const matcher = createMatcher([pupil('S1', 'Sophie', 'Butler', { dob: '2011-03-02' })]);
const finalFor = (displayName: string | undefined, username: string) => {
  const c = connection(displayName, username);
  return matcher.finalise(matcher.match(c, STAFF), c).find((m) => m.pupil.id === 'S1');
};
const matchedFor = (displayName: string | undefined, username: string) =>
  matcher.match(connection(displayName, username), STAFF).find((m) => m.pupil.id === 'S1');

describe('a title or family word in a display name beside a handle that names the pupil', () => {
  it.each([
    ['Mum of Sophie', 'sbutler'],
    ["Katie's Dad", 'sbutler'],
    ['Mrs B 🌸', 'sophie.butler'],
  ])('"%s" beside %s is weighed as the account holder’s word — fails before', (display, handle) => {
    const pair = finalFor(display, handle)!;
    expect(pair.levels.adultWords).toBe('title');
    expect(pair.reasons).toContain('HANDLE');
    expect(pair.contributions.map((c) => c.code)).toContain('ADULT_WORDS');
  });

  it('is not weighed in the audit’s own estimates: the pair as read keeps its words', () => {
    expect(matchedFor('Mum of Sophie', 'sbutler')?.levels.adultWords).toBe('no');
  });

  it('leaves a display name of no such word, or none, as it was', () => {
    expect(finalFor('🌸🌸', 'sbutler')?.levels.adultWords).toBe('no');
    expect(finalFor(undefined, 'sbutler')?.levels.adultWords).toBe('no');
    expect(finalFor('Doodles', 'sophie.butler')?.levels.adultWords).toBe('no');
  });
});

describe('titleBesideHandle', () => {
  const levels = { names: 'handle', adultWords: 'no' } as unknown as FeatureLevels;
  const sophie = { legalForename: 'Sophie', legalSurname: 'Butler' };
  const nana = { legalForename: 'Nana', legalSurname: 'Mensah' };
  it('reads the display name’s words only where the handle alone named the pupil', () => {
    expect(titleBesideHandle(levels, 'Grandad May', sophie).adultWords).toBe('title');
    expect(titleBesideHandle({ ...levels, adultWords: 'hobby' }, 'Nan Jo', sophie).adultWords).toBe('title');
    expect(titleBesideHandle({ ...levels, names: 'both' }, 'Mrs Butler', sophie).adultWords).toBe('no');
    expect(titleBesideHandle(levels, 'Mrozowska', sophie).adultWords).toBe('no');
    expect(titleBesideHandle(levels, undefined, sophie)).toBe(levels);
  });
  it('never reads a word of the pupil’s own name as a title (Nana, an Akan given name)', () => {
    expect(titleBesideHandle(levels, 'Nana 💕', nana).adultWords).toBe('no');
    expect(titleBesideHandle(levels, 'Nana | Proud Mum', nana).adultWords).toBe('title');
  });
});
