import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import { nameFrequencyWeight } from '../../src/match/nameFrequency.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { connection, PUPILS, pupil, STAFF } from './fixtures/pupils.js';

// A pupil going by their middle name (weak43): the roll's Thomas James Standcliffe is `James Standcliffe` on the
// lists. Invented pupils; the kind was sized on the held-out evaluations' per-kind tables, never their rows. Its
// weight is fitted on the bench's pupils going by a middle name and adults bearing it (generator 44, weak44).
describe('a pupil going by their middle name', () => {
  const pupils = [
    pupil('M1', 'Thomas', 'Standcliffe', { middleNames: 'James' }),
    pupil('M2', 'Emily', 'Marwood', { middleNames: 'Rose Elizabeth' }),
    pupil('M3', 'Harpreet', 'Thistleton', { middleNames: 'Kaur' }),
    pupil('M4', 'James', 'Ellacott'),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const best = (shown: string, handle?: string, platform?: string) => {
    const row = connection(shown, handle, '2025-01-10');
    return matcher.match(platform ? { ...row, platform } : row, STAFF)[0];
  };

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

  it('reads no middle name back to front (`Standcliffe James`), nor cut out of a run-together handle', () => {
    expect(best('Standcliffe James')?.levels.fore).not.toBe('middleName');
    expect(best('', 'jamesstandcliffe')?.levels.fore).not.toBe('middleName');
    expect(best('', 'james.standcliffe')?.levels.fore).toBe('middleName');
  });

  it.each([
    ['James Standcliffe', 'james.standcliffe2012', 'tiktok', 'dob'],
    ['James Standcliffe', 'jstandcliffe_y9', undefined, 'yearGroup'],
    ['Rose Marwood', 'rosie_9b', 'snapchat', 'yearGroup'],
  ])('reviews %s (%s) with the pupil’s own evidence beside it, never a flag', (shown, handle, platform, digits) => {
    const found = best(shown, handle, platform);
    expect(found?.levels).toMatchObject({ fore: 'middleName', digits });
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

  it('weighs a middle name by its own share of the lists’ forenames: James is many adults’ name', () => {
    const levels = { ...WHOLE_NAME_LEVELS, fore: 'middleName', sur: 'full' };
    const weight = (forenameShare: number) =>
      nameFrequencyWeight(MODEL_PARAMETERS, levels, {
        accounts: 20_000,
        forenameShare,
        surnameShare: 0.001,
        otherAccounts: undefined,
      })!;
    expect(weight(0.02)).toBeLessThan(weight(0.0005) - 4);
  });
});
