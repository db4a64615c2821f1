import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { FLAG_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A pupil on the roll by a pet form (Frankie, Evie) may write the name it was made from: Frank, and Eve.
describe('the root of a pupil’s pet-form name', () => {
  const pupils = [
    pupil('E1', 'Evie', 'Thornycroft'),
    pupil('F1', 'Frankie', 'Pendlebury'),
    pupil('H1', 'Harry', 'Oddie'),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const best = (shown: string, handle?: string) => matcher.match(connection(shown, handle), STAFF)[0];

  it('reads Eve for Evie as it reads Frank for Frankie: a fuller form that begins like hers, never a flag', () => {
    const frank = best('Frank Pendlebury', 'frank.pendlebury');
    const eve = best('Eve Thornycroft', 'eve.thornycroft');
    expect(frank?.pupil.id).toBe('F1');
    expect(eve?.pupil.id).toBe('E1');
    expect(eve?.levels.fore).toBe('fullForm');
    expect(eve?.reasons).toContain('FULL_FORM_OF_NAME');
    expect(eve?.score).toBeCloseTo(frank!.score, 6);
    expect(eve?.score).toBeLessThan(FLAG_AT);
    expect(best('Eva Thornycroft')?.pupil.id).toBe('E1');
  });

  it('still reads a fuller form longer than the roll’s name as a parent’s without the pupil’s year', () => {
    expect(best('Evelyn Thornycroft')).toBeUndefined();
    expect(best('Henry Oddie')).toBeUndefined();
  });
});
