import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { petFormSRow, relativeSFormRow, sForm } from '../../scripts/bench/petFormS.js';

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const ctx = { isGivenName: (w: string) => ['jess', 'les'].includes(plain(w)), isSurname: () => false };

describe('the bench’s -s pet forms and the relatives who go by one', () => {
  it('clip a forename to a first syllable of consonant, vowel, consonant and add -s', () => {
    expect(sForm('Madison', plain)).toBe('Mads');
    expect(sForm('Gabriella', plain)).toBe('Gabs');
    expect(sForm('Jasmine', plain)).toBe('Jas');
    expect(sForm('Olivia', plain)).toBeUndefined();
    expect(sForm('Thomas', plain)).toBeUndefined();
    expect(sForm('Ava', plain)).toBeUndefined();
  });

  it('write no pupil row for a form that is a name of its own, or where another pupil of the surname begins so', () => {
    const p = { fore: 'Madison', sur: 'Wood' };
    expect(petFormSRow(p, plain, ctx, [p])).toEqual({ displayName: 'Mads Wood', shown: ['Mads', 'Wood'] });
    expect(petFormSRow(p, plain, ctx, [p, { fore: 'Maddox', sur: 'Wood' }])).toBeNull();
    expect(petFormSRow({ fore: 'Lesley', sur: 'Wood' }, plain, ctx, [])).toBeNull();
  });

  it('give a relative the pupil’s surname and an -s form of an adult forename, as a trap', () => {
    const rnd = random(2);
    const made = relativeSFormRow({ id: 'T1', fore: 'Madison', sur: 'Wood' }, ['Madeleine', 'Karen'], rnd, plain, ctx);
    expect(made).toEqual({
      row: { displayName: 'Mads Wood' },
      label: { kind: 'relative_s_form', trap: true, expect: 'none', pupil: 'T1' },
    });
  });
});
