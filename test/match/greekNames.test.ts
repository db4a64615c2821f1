import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { levelsCanFlag } from '../../src/match/evidence.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Greek and Greek Cypriot forenames in other romanisations and short forms. Invented pupils. */
const matcher = createMatcher([
  pupil('G1', 'Georgios', 'Papadakis'),
  pupil('G2', 'Panagiotis', 'Christou'),
  pupil('G3', 'Konstantinos', 'Georgiou'),
  pupil('G4', 'Ioannis', 'Demetriou'),
  pupil('G5', 'Paraskevi', 'Ioannou'),
  pupil('G6', 'Charalambos', 'Kyriacou'),
]);
const candidateFor = (id: string, displayName: string) =>
  matcher.match(connection(displayName), STAFF).find((c) => c.pupil.id === id);

describe('Greek forenames', () => {
  it.each([
    ['Yiorgos Papadakis', 'G1'],
    ['Giorgos Papadakis', 'G1'],
    ['Panayiotis Christou', 'G2'],
    ['Haralambos Kyriacou', 'G6'],
  ])('another romanisation is one name: %s', (displayName, id) => {
    expect(candidateFor(id, displayName)?.levels.fore).toBe('variant');
  });

  it.each([
    ['Kostas Georgiou', 'G3'],
    ['Panos Christou', 'G2'],
    ['Voula Ioannou', 'G5'],
    ['Babis Kyriacou', 'G6'],
  ])('a short form is the pupil’s nickname: %s', (displayName, id) => {
    expect(candidateFor(id, displayName)?.levels.fore).toBe('nickname');
  });

  it('an English counterpart (George, John) is a name of its own: found, never flagged', () => {
    for (const [displayName, id] of [
      ['George Papadakis', 'G1'],
      ['John Demetriou', 'G4'],
    ] as const) {
      const candidate = candidateFor(id, displayName);
      expect(candidate?.levels.fore).toBe('sharedForm');
      expect(levelsCanFlag(candidate!.levels)).toBe(false);
    }
  });
});
