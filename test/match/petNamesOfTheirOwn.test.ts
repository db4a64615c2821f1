import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { sharedNicknameBook } from '../../src/match/nicknames.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Pet forms that are given names of their own (Elsie, Lisa, Lily for Elizabeth; Poppy for Penelope): read
// as the pupil's, as names another person may bear, so never enough for a flag.
const PET_NAMES: readonly [string, string][] = [
  ['elizabeth', 'elsie'],
  ['elizabeth', 'lisa'],
  ['elizabeth', 'lily'],
  ['elizabeth', 'elsa'],
  ['eliza', 'elsie'],
  ['margaret', 'daisy'],
  ['margaret', 'greta'],
  ['margaret', 'rita'],
  ['margaret', 'margot'],
  ['margaret', 'maisie'],
  ['elizabeth', 'ellie'],
  ['elizabeth', 'ella'],
  ['penelope', 'poppy'],
  ['penelope', 'pippa'],
  ['mary', 'minnie'],
  ['harriet', 'hetty'],
  ['lilian', 'lily'],
  ['ottilie', 'tilly'],
  ['rosalie', 'rosie'],
  ['georgiana', 'georgie'],
  ['harpreet', 'harry'],
];

describe('pet names of their own', () => {
  const book = sharedNicknameBook();

  it.each(PET_NAMES)('%s goes by %s, a name of its own', (head, form) => {
    expect(book.formsOf(head).get(form)).toBe('nickname');
    expect(book.isSharedForm(form, head)).toBe(true);
  });

  it('finds the pupil for review, never a flag, beside the whole surname', () => {
    const pupils = [
      pupil('B1', 'Elizabeth', 'Standen'),
      pupil('B2', 'Penelope', 'Arkwright'),
      pupil('B3', 'Margaret', 'Oakes'),
    ];
    const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
    for (const [shown, id] of [
      ['Elsie Standen', 'B1'],
      ['Lisa Standen', 'B1'],
      ['Poppy Arkwright', 'B2'],
      ['Greta Oakes', 'B3'],
    ] as const) {
      const [best] = matcher.match(connection(shown), STAFF);
      expect(best?.pupil.id, shown).toBe(id);
      expect(best?.score, shown).toBeGreaterThanOrEqual(REVIEW_AT);
      expect(best?.score, shown).toBeLessThan(FLAG_AT);
    }
  });

  it('leaves a pupil who bears the name as their own to be matched as themself', () => {
    const pupils = [pupil('B1', 'Elizabeth', 'Standen'), pupil('B4', 'Lily', 'Standen')];
    const [best] = createMatcher(pupils, { auditDate: '2026-11-30' }).match(connection('Lily Standen'), STAFF);
    expect(best?.pupil.id).toBe('B4');
  });
});
