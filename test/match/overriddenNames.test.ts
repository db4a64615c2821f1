import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/**
 * A right-to-left override draws what follows back to front: `\u202Enwodhsa yllit` shows as "tilly ashdown".
 * The match reads the name a person sees (invented pupil).
 */
describe('a name written back to front behind a right-to-left override', () => {
  const roll = [pupil('T1', 'Tilly', 'Ashdown', { dob: '2013-04-03', yearGroup: 'Year 8' })];
  const best = (displayName: string, username?: string) => {
    const matcher = createMatcher(roll);
    const c = connection(displayName, username, '2025-02-02');
    return matcher.finalise(matcher.match(c, STAFF), c)[0];
  };

  it.each([
    ['\u202enwodhsA yllit', undefined],
    ['\u202enwodhsA yllit\u202c', 'x'],
    ['Tilly \u202enwodhsA\u2069', undefined],
    ['shown', '\u202ea.yllit'],
  ])('%j (%j) is the pupil shown', (displayName, username) => {
    expect(best(displayName, username)?.pupil.id).toBe('T1');
  });
});
