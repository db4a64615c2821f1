import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

describe('a business page in a pupil’s name is an adult’s', () => {
  const matcher = createMatcher([pupil('I1', 'Imogen', 'Mitchell')]);
  const levels = (displayName: string) => matcher.match(connection(displayName), STAFF)[0]?.levels.adultWords;

  it.each([
    'Imogen Mitchell Interiors',
    'Imogen Mitchell Aesthetics',
    'Imogen Mitchell Bridal',
    'Imogen Mitchell Associates',
  ])('%s', (name) => expect(levels(name)).toBe('yes'));

  it('still reads the pupil’s own name as hers', () => {
    expect(levels('Imogen Mitchell')).toBe('no');
  });
});
