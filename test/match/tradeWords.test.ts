import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** The `adultWords` levels of a word that speaks for the account (any kind). */
const ADULT_KINDS = ['hobby', 'trade', 'job', 'letters', 'title'];

describe('a business page in a pupil’s name is an adult’s', () => {
  const matcher = createMatcher([pupil('I1', 'Imogen', 'Mitchell')]);
  const levels = (displayName: string) => matcher.match(connection(displayName), STAFF)[0]?.levels.adultWords;

  it.each([
    'Imogen Mitchell Interiors',
    'Imogen Mitchell Aesthetics',
    'Imogen Mitchell Bridal',
    'Imogen Mitchell Associates',
  ])('%s', (name) => expect(ADULT_KINDS).toContain(levels(name)));

  it('still reads the pupil’s own name as hers', () => {
    expect(levels('Imogen Mitchell')).toBe('no');
  });
});

describe('a title or trade in a handle speaks for the account only beside the pupil’s name', () => {
  const matcher = createMatcher([pupil('I1', 'Imogen', 'Mitchell')]);
  const adultWords = (displayName: string, username: string) =>
    matcher.match(connection(displayName, username), STAFF)[0]?.levels.adultWords;

  it.each(['mrsmitchell84', 'mrs.mitchell', 'imogenmitchellphotography', 'mitchell.plumbing', 'imogen.yoga'])(
    '%s, beside the name, is an adult’s',
    (username) => expect(ADULT_KINDS).toContain(adultWords('Imogen Mitchell', username)),
  );

  it.each(['mrbeastfan22', 'sir_gamesalot', 'yoga_girl', 'nails.queen'])(
    '%s, a handle of other words, says nothing of whose the account is',
    (username) => expect(adultWords('Imogen Mitchell', username)).toBe('no'),
  );
});
