import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { FeatureLevels } from '../../src/match/matchModel.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/**
 * A disguise, once undone, must give the model the same feature levels as the plain name: no
 * leftover words, no order in doubt, no slip of the keyboard for decoration. Invented pupils.
 */
const PUPILS = [
  pupil('E01', 'Toby', 'Foster'),
  pupil('E02', 'Ava', 'Clark'),
  pupil('E03', 'Elliot', 'Clark'),
  pupil('E04', 'Thomas', 'Kelly'),
  pupil('E05', 'Kitty', 'Francis'),
  pupil('E06', 'Olivia', 'Wood-Hughes', { dob: '2012-05-01' }),
  pupil('E07', 'Kerry', 'Taylor', { dob: '2012-05-01' }),
  pupil('E08', 'Sophie', 'Hunt-Rossi'),
];
const matcher = createMatcher(PUPILS);
const levelsFor = (id: string, displayName: string | undefined, username?: string): FeatureLevels | undefined =>
  matcher.match(connection(displayName, username), STAFF).find((c) => c.pupil.id === id)?.levels;
const NAME_LEVELS = ['fore', 'sur', 'order', 'unexplained', 'middle', 'leet'] as const;
const nameLevels = (levels: FeatureLevels | undefined): Partial<FeatureLevels> | undefined =>
  levels && Object.fromEntries(NAME_LEVELS.map((feature) => [feature, levels[feature]]));

describe('a decoded disguise reads with the plain name’s levels', () => {
  it.each<[string, string, string | undefined, string | undefined, string]>([
    [
      'stretched, the forename’s last letter doubled beside a tripled one',
      'E01',
      'tobyy fosterrr',
      undefined,
      'Toby Foster',
    ],
    [
      'stretched, a vowel doubled inside beside a tripled last letter',
      'E05',
      'Kiitty Francisss',
      undefined,
      'Kitty Francis',
    ],
    ['stretched, one half of a double surname tripled', 'E08', 'Sophiee Hunt-Rossiii', undefined, 'Sophie Hunt-Rossi'],
    ['surname first, the forename no surname', 'E02', 'Clark Ava', undefined, 'Ava Clark'],
    ['surname first in capitals', 'E03', 'CLARK Elliot', undefined, 'Elliot Clark'],
    ['surname first in a handle, the forename no surname', 'E02', undefined, 'clark.ava', 'Ava Clark'],
    ['surname first run together in a handle', 'E02', undefined, 'clarkava', 'Ava Clark'],
  ])('%s: %s', (_label, id, displayName, username, plain) => {
    const plainLevels = nameLevels(levelsFor(id, plain));
    const disguised = nameLevels(levelsFor(id, displayName, username));
    // Surname first is its own level; everything else as the plain name.
    if (plainLevels && disguised && disguised.order === 'surnameFirst') plainLevels.order = 'surnameFirst';
    expect(disguised).toEqual(plainLevels);
    expect(disguised?.fore).toBe('legal');
  });

  it('keeps the order in doubt where the name read as written is as plausible (Kelly Thomas)', () => {
    expect(levelsFor('E04', 'Kelly Thomas')?.order).toBe('orderInDoubt');
  });

  it('does not read a capitalised forename as a surname', () => {
    expect(nameLevels(levelsFor('E03', 'ELLIOT Clark'))).toEqual(nameLevels(levelsFor('E03', 'Elliot Clark')));
  });

  it('still reads a doubled last letter alone as a slip (Tobyy Foster), nothing stretched beside it', () => {
    expect(levelsFor('E01', 'Tobyy Foster')?.fore).toBe('typo');
  });
});

describe('a forename alone with the pupil’s birth year', () => {
  const hyphenated = createMatcher([pupil('H01', 'Mary-Jane', 'Clark', { dob: '2012-03-22' })]);
  it.each(['maryjane2012', 'mary.jane.2012', 'mary_jane_12'])(
    '%s: a hyphenated forename split or run together is still one forename',
    (handle) => {
      const [candidate] = hyphenated.match(connection(undefined, handle), STAFF);
      expect(candidate?.pupil.id).toBe('H01');
      expect(candidate?.levels.fore).toBe('none');
      expect(candidate?.levels.digits).toBe('dob');
    },
  );
});

describe('numbers in handles are seldom years', () => {
  it('reads 84 after half a double-barrelled surname as a number, not an older year (olivia_wood84)', () => {
    const levels = levelsFor('E06', 'Olivia', 'olivia_wood84');
    expect(levels?.sur).toBe('part');
    expect(levels?.digits).toBe('otherNumber');
  });

  it('still reads 83 after the whole name as an older year (kerry.taylor83)', () => {
    expect(levelsFor('E07', undefined, 'kerry.taylor83')?.digits).toBe('olderTwoDigit');
  });

  it('reads 69 as no year, and a repeated digit as an adult’s year like any other (kerry_taylor69, kerry.taylor88)', () => {
    expect(levelsFor('E07', undefined, 'kerry_taylor69')?.digits).toBe('otherNumber');
    expect(levelsFor('E07', undefined, 'kerry.taylor88')?.digits).toBe('olderTwoDigit');
  });
});

describe('a forename respelt by sound', () => {
  const matcher2 = createMatcher([
    pupil('S01', 'Amber', 'Henby'),
    pupil('S02', 'Joseph', 'Henbury'),
    pupil('S03', 'Elizabeth', 'Jones'),
    pupil('S04', 'Amy', 'Henby'),
    pupil('S05', 'Chloe', 'Henby'),
    pupil('S06', 'Phoebe', 'Jones'),
  ]);
  const levels = (displayName: string) =>
    matcher2.match(connection(displayName), STAFF).map((c) => `${c.pupil.id}:${c.levels.fore}`);
  it.each([
    ['Ambah Henby', 'S01'],
    ['Josif Henbury', 'S02'],
    ['Elizabit Jones', 'S03'],
    ['Kloey Henby', 'S05'],
    ['Feebee Jones', 'S06'],
  ])('%s sounds like the pupil’s forename', (displayName, id) => {
    expect(levels(displayName)).toContain(`${id}:soundsLike`);
  });
  it('is not another pupil whose name begins alike', () => {
    expect(levels('Ambah Henby')).not.toContain('S04:soundsLike');
  });
  it('takes no real name for a respelling', () => {
    expect(levels('Amelia Henby')).toEqual([]);
  });
});
