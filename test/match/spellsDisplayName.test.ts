import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { spellsDisplayName } from '../../src/match/spellsDisplayName.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Adults whose handle only spells their display name were reviewed as pupils the display name never
// named: the handle's own cuts of the same letters (a doubled letter taken for decoration, a letter
// taken for an initial, a y for a year group's) read as a pupil's name (issue 14, background adults).

describe('spellsDisplayName', () => {
  it('is the display name’s words run together, in their order', () => {
    expect(spellsDisplayName('lynnallen', 'Lynn Allen')).toBe(true);
    expect(spellsDisplayName('mehmetbradham', 'Mehmet Bradham 🌷')).toBe(true);
    expect(spellsDisplayName('amyjones', 'Mrs Amy Jones')).toBe(true);
    expect(spellsDisplayName('allenlynn', 'Lynn Allen')).toBe(false);
    expect(spellsDisplayName('lynallen', 'Lynn Allen')).toBe(false);
  });

  it('is not a display name of one word, which shows no breaks, nor no display name', () => {
    expect(spellsDisplayName('lynnallen', 'Lynnallen')).toBe(false);
    expect(spellsDisplayName('lynnallen', undefined)).toBe(false);
  });
});

describe('a handle that only spells the display name', () => {
  const matcher = createMatcher([
    pupil('E1', 'Evelyn', 'Allen'),
    pupil('B1', 'Benjamin', 'Radham'),
    pupil('H1', 'Hunter', 'Bell'),
    pupil('J1', 'Jack', 'Smith', { dob: '2012-03-01' }),
  ]);
  const found = (displayName: string | undefined, handle: string) =>
    matcher.match(connection(displayName, handle), STAFF).map((c) => c.pupil.id);

  it('finds nobody the display name does not (Lynn Allen is no Lyn, Mehmet Bradham no B Radham)', () => {
    expect(found('Lynn Allen', 'lynnallen631')).toEqual([]);
    expect(found('Mehmet Bradham', 'mehmet.bradham53')).toEqual([]);
    expect(found('Hunter Kelly', 'hunter.kelly5')).toEqual([]);
  });

  it('is read as before where there is no display name, or another', () => {
    expect(found(undefined, 'lynnallen631')).toEqual(['E1']);
    expect(found('Lynn', 'lynnallen631')).toEqual(['E1']);
    expect(found(undefined, 'hunter.kelly5')).toEqual(['H1']);
  });

  it('still confirms the pupil the display name names, with its digits', () => {
    const [candidate] = matcher.match(connection('Jack Smith', 'jacksmith2012'), STAFF);
    expect(candidate?.pupil.id).toBe('J1');
    expect(candidate?.levels.names).toBe('both');
    expect(candidate?.levels.digits).toBe('dob');
  });
});
