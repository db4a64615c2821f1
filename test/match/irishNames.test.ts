import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { levelsCanFlag } from '../../src/match/evidence.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Irish forenames written as English spells their sound. Invented pupils. */
const matcher = createMatcher([
  pupil('E1', 'Niamh', 'Ó Briain'),
  pupil('E2', 'Caoimhe', 'Nolan'),
  pupil('E3', 'Saoirse', 'Kavanagh'),
  pupil('E4', 'Tadhg', 'Lynch'),
  pupil('E5', 'Eoin', 'Brady'),
]);
const candidateFor = (id: string, displayName: string) =>
  matcher.match(connection(displayName), STAFF).find((c) => c.pupil.id === id);

describe('Irish forenames as English spells their sound', () => {
  it.each([
    ['Neeve O Briain', 'E1'],
    ['Keeva Nolan', 'E2'],
    ['Seersha Kavanagh', 'E3'],
    ['Taig Lynch', 'E4'],
  ])('%s is the pupil’s name', (displayName, id) => {
    expect(candidateFor(id, displayName)?.levels.fore).toBe('nickname');
  });

  it('an English name of its own (Owen for Eoin) is found, never flagged', () => {
    const candidate = candidateFor('E5', 'Owen Brady');
    expect(candidate?.levels.fore).toBe('sharedForm');
    expect(levelsCanFlag(candidate!.levels)).toBe(false);
  });
});
