import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { sharedNicknameBook } from '../../src/match/nicknames.js';
import { bookWithRollForms, rollShortForms } from '../../src/match/rollShortForms.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// The roll shows how its pupils shorten their forenames (a Kieran on it as Kie): another Kieran may write Kie too.
const withRoll = (roll: Parameters<typeof bookWithRollForms>[0]) => {
  const { nicknames, learnt } = bookWithRollForms(roll);
  return { nicknames, learntForms: learnt };
};
describe('short forms the roll itself shows', () => {
  const roll = [
    pupil('K1', 'Kieran', 'Ashworth', { preferredForename: 'Kie' }),
    pupil('K2', 'Kieran', 'Everbridge'),
    pupil('M1', 'Millie', 'Oakhurst', { preferredForename: 'Mills' }),
    pupil('M2', 'Millie', 'Garbourne'),
    pupil('C1', 'Junjie', 'Wong', { preferredForename: 'Kevin' }),
    pupil('C2', 'Junjie', 'Zhou'),
    pupil('J1', 'Jacob', 'Turnbull', { preferredForename: 'Jake' }),
    pupil('G1', 'Georgia', 'Pellow', { preferredForename: 'George' }),
    pupil('G2', 'Georgia', 'Ramswell'),
  ];

  it('learns a preferred forename that keeps the legal one’s first three letters and is no name of its own, and nothing else', () => {
    const learnt = rollShortForms(roll, sharedNicknameBook());
    expect(learnt).toEqual([
      { head: 'kieran', kind: ':', forms: ['kie'], shared: ['kie'] },
      { head: 'millie', kind: ':', forms: ['mills'], shared: ['mills'] },
    ]);
  });

  it('finds another pupil of that forename by it, for review and never a flag', () => {
    const learning = createMatcher(roll, { auditDate: '2026-11-30', ...withRoll(roll) });
    const without = createMatcher(roll, { auditDate: '2026-11-30' });
    for (const [shown, handle, id] of [
      ['Kie Everbridge', 'sunnydz', 'K2'],
      ['Mills Garbourne', 'millsgarbourne', 'M2'],
    ] as const) {
      expect(without.match(connection(shown, handle), STAFF).some((c) => c.pupil.id === id)).toBe(false);
      const [best] = learning.match(connection(shown, handle), STAFF);
      expect(best?.pupil.id, shown).toBe(id);
      expect(best?.levels.fore, shown).toBe('sharedForm');
      expect(best?.score, shown).toBeGreaterThanOrEqual(REVIEW_AT);
      expect(best?.score, shown).toBeLessThan(FLAG_AT);
    }
  });

  it('reads neither an English name a pupil goes by nor a name of its own as another pupil’s short form', () => {
    const learning = createMatcher(roll, { auditDate: '2026-11-30', ...withRoll(roll) });
    expect(learning.match(connection('Kevin Zhou'), STAFF).some((c) => c.pupil.id === 'C2')).toBe(false);
    // Her father, as often as her: George is a name of its own.
    expect(learning.match(connection('George Ramswell'), STAFF).some((c) => c.pupil.id === 'G2')).toBe(false);
  });

  it('keeps the project’s book where the roll teaches nothing new', () => {
    const { nicknames, learnt } = bookWithRollForms([pupil('J1', 'Jacob', 'Turnbull', { preferredForename: 'Jake' })]);
    expect(nicknames).toBe(sharedNicknameBook());
    expect(learnt.size).toBe(0);
  });

  it('moves no other pair’s weight: the pairs a learnt form reads stay out of the audit’s own estimates', () => {
    const others = [
      connection('Millie Oakhurst', 'millie_oakhurst', '2024-03-01'),
      connection('Kieran Ashworth', undefined, '2023-01-01'),
      connection('Junjie Zhou', 'jj.zhou'),
    ];
    const finalScores = (first: string, learn: boolean) => {
      const m = createMatcher(roll, { auditDate: '2026-11-30', ...(learn ? withRoll(roll) : {}) });
      const rows = [connection(first, 'sunnydz', '2025-01-04'), ...others];
      const waiting = rows.map((row) => m.match(row, STAFF));
      m.forgetCaches?.();
      return rows.slice(1).map((row, i) => m.finalise(waiting[i + 1]!, row).map((c) => c.score));
    };
    // Read without the roll's forms, the first account proposes nobody: with them, it proposes Kieran Everbridge.
    expect(finalScores('Kie Everbridge', true)).toEqual(finalScores('Kie Everbridge', false));
  });
});
