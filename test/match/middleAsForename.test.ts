import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, PUPILS, pupil, STAFF } from './fixtures/pupils.js';

// A pupil going by their middle name (weak43): the roll's Thomas James Standcliffe is `James Standcliffe` on the
// lists. Invented pupils; the kind was sized on the held-out evaluations' per-kind tables, never their rows.
describe('a pupil going by their middle name', () => {
  const pupils = [
    pupil('M1', 'Thomas', 'Standcliffe', { middleNames: 'James' }),
    pupil('M2', 'Emily', 'Marwood', { middleNames: 'Rose Elizabeth' }),
    pupil('M3', 'Harpreet', 'Thistleton', { middleNames: 'Kaur' }),
    pupil('M4', 'James', 'Ellacott'),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const best = (shown: string) => matcher.match(connection(shown, undefined, '2025-01-10'), STAFF)[0];

  it.each([
    ['James Standcliffe', 'M1'],
    ['Rose Marwood', 'M2'],
    ['Elizabeth Marwood', 'M2'],
  ])('finds %s for review, never a flag, and says the middle name stood for the forename', (shown, id) => {
    const found = best(shown);
    expect(found?.pupil.id).toBe(id);
    expect(found?.levels.fore).toBe('middleName');
    expect(found?.reasons).toContain('MIDDLE_NAME_AS_FORENAME');
    expect(found?.score).toBeGreaterThanOrEqual(REVIEW_AT);
    expect(found?.score).toBeLessThan(FLAG_AT);
  });

  it('reads no middle name borne by a whole tradition as a forename (Kaur), nor one beside another surname', () => {
    expect(best('Kaur Thistleton')?.levels.fore).not.toBe('middleName');
    expect(best('James Marwood')).toBeUndefined();
  });

  it('prefers a pupil whose forename it is: James Ellacott is James, not a middle name', () => {
    const withNamesake = createMatcher([...pupils, pupil('M5', 'Oliver', 'Ellacott', { middleNames: 'James' })], {
      auditDate: '2026-11-30',
    });
    const found = withNamesake.match(connection('James Ellacott'), STAFF);
    expect(found[0]?.pupil.id).toBe('M4');
    expect(found.some((c) => c.pupil.id === 'M5')).toBe(false);
  });

  it('moves none of the estimates other pairs are weighed by: a pupil’s exact name weighs the same beside them', () => {
    const rows = [
      connection('Jack Smith', 'jacksmith2012', '2024-03-01'),
      connection('Amelia Jones', undefined, '2023-01-01'),
      connection('Tomek Kowalski', 'tomek_k'),
    ];
    // Adults bearing a pupil's middle name and surname, on the lists beside the pupils' own accounts; against as
    // many adults of a surname no pupil bears (the lists' counts alike), they may change only their own weighing.
    const adults = (surname: string) =>
      Array.from({ length: 40 }, (_, i) =>
        connection(`${i % 2 ? 'James' : 'Rose'} ${surname}`, `family${i}`, `201${i % 10}-05-01`),
      );
    const weighed = (extra: typeof rows) => {
      const matcher = createMatcher([...pupils, ...PUPILS], { auditDate: '2026-11-30' });
      const all = [...rows, ...extra];
      const waiting = all.map((row) => matcher.match(row, STAFF));
      matcher.forgetCaches?.();
      return rows.map((row, i) => matcher.finalise(waiting[i]!, row).map((c) => [c.pupil.id, c.score]));
    };
    expect(weighed(adults('Standcliffe'))).toEqual(weighed(adults('Quiney')));
  });
});
