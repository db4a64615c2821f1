import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { surnameSpellingsOf } from '../../src/match/surnameSpellings.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A Chinese surname in pinyin and as Cantonese (Hong Kong) or Wade–Giles writes it: one surname.
describe('Chinese surnames in another romanisation', () => {
  it.each([
    ['li', 'lee'],
    ['chen', 'chan'],
    ['zhang', 'cheung'],
    ['zhang', 'chang'],
    ['huang', 'wong'],
    ['liu', 'lau'],
    ['lin', 'lam'],
    ['wu', 'ng'],
    ['zhou', 'chow'],
    ['yang', 'yeung'],
    ['xu', 'hsu'],
    ['guo', 'kwok'],
    ['he', 'ho'],
  ])('%s is %s', (pinyin, other) => {
    expect(surnameSpellingsOf(pinyin)).toContain(other);
    expect(surnameSpellingsOf(other)).toContain(pinyin);
  });

  it('does not join two surnames that share one Cantonese spelling (Wang and Huang are both Wong)', () => {
    expect(surnameSpellingsOf('huang')).not.toContain('wang');
  });

  it('finds the pupil for review, never a flag', () => {
    const pupils = [pupil('C1', 'Kevin', 'Li'), pupil('C2', 'Grace', 'Chen'), pupil('C3', 'Jun', 'Zhang')];
    const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
    for (const [shown, id] of [
      ['Kevin Lee', 'C1'],
      ['Grace Chan', 'C2'],
      ['Jun Cheung', 'C3'],
    ] as const) {
      const [best] = matcher.match(connection(shown), STAFF);
      expect(best?.pupil.id, shown).toBe(id);
      expect(best?.score, shown).toBeGreaterThanOrEqual(REVIEW_AT);
      expect(best?.score, shown).toBeLessThan(FLAG_AT);
    }
  });
});
