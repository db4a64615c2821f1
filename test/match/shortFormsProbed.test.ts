import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { sharedNicknameBook } from '../../src/match/nicknames.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Usual short forms that weak41's probes on the bench (scripts/bench/shortFormProbes.js) found no candidate for.
const FORMS: readonly [string, string, boolean][] = [
  ['ann', 'nancy', true],
  ['anne', 'nancy', true],
  ['alexia', 'lexi', false],
  ['alexia', 'lexie', false],
  ['francisco', 'kiko', false],
];

describe('short forms the probes missed', () => {
  const book = sharedNicknameBook();

  it.each(FORMS)('%s goes by %s', (head, form, ofItsOwn) => {
    expect(book.formsOf(head).get(form)).toBe('nickname');
    expect(book.isSharedForm(form, head)).toBe(ofItsOwn);
  });

  it('finds the pupil beside the whole surname, for review at least, and Nancy never for a flag', () => {
    const pupils = [
      pupil('N1', 'Ann', 'Oates'),
      pupil('N2', 'Alexia', 'Tunnicliffe'),
      pupil('N3', 'Francisco', 'Marwood'),
    ];
    const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
    for (const [shown, id] of [
      ['Nancy Oates', 'N1'],
      ['Lexi Tunnicliffe', 'N2'],
      ['Kiko Marwood', 'N3'],
    ] as const) {
      const [best] = matcher.match(connection(shown), STAFF);
      expect(best?.pupil.id, shown).toBe(id);
      expect(best?.score, shown).toBeGreaterThanOrEqual(REVIEW_AT);
      if (id === 'N1') expect(best?.score, shown).toBeLessThan(FLAG_AT);
    }
  });
});
