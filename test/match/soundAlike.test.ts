import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Respellings by sound, where another pupil's forename elsewhere on the roll is a slip or a sound code away. Invented pupils. */
const matcher = createMatcher([
  pupil('A1', 'Emily', 'Woodham'),
  pupil('A2', 'Emilie', 'Grant'),
  pupil('A3', 'Emylee', 'Harker'),
]);
const levelsFor = (id: string, displayName: string) =>
  matcher.match(connection(displayName), STAFF).find((c) => c.pupil.id === id)?.levels;

describe('a forename respelt by sound', () => {
  it('is read as the pupil’s though a slip of it is another pupil’s forename with another surname (Emylie, Emilie)', () => {
    expect(levelsFor('A1', 'Emylie Woodham')?.fore).toBe('soundsLike');
  });

  it('is still no pupil’s of another surname', () => {
    expect(levelsFor('A2', 'Emylie Woodham')).toBeUndefined();
    expect(levelsFor('A3', 'Emylie Woodham')).toBeUndefined();
  });
});
