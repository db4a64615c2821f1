import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import {
  estimatePresentation,
  LEAST_LISTS_ACCOUNTS,
  type PresentationPair,
  PSEUDO_ACCOUNTS,
} from '../../src/match/estimatePresentation.js';
import { type FeatureLevels, MatchModel, type ModelParameters } from '../../src/match/matchModel.js';
import { handleSpelling, spellsDisplayName } from '../../src/match/spellsDisplayName.js';
import type { Connection } from '../../src/model/records.js';
import { describeContribution } from '../../src/report/wording.js';
import { TYPICAL_FACTS, WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';
import { connection, PUPILS, STAFF } from './fixtures/pupils.js';

// flag49's lead (1): adults bearing a pupil's whole name wrote a handle that only spells it (`@aryan.bains` beside
// "Aryan Bains") more often than the pupils flagged right did. Whether pupils' own accounts do is the audit's to count.

describe('handleSpelling', () => {
  it('is yes where the handle only spells a display name of two words or more, no where it is something else', () => {
    expect(handleSpelling('aryanbains', 'Aryan Bains')).toBe('yes');
    expect(handleSpelling('aryanbains', 'Aryan Bains 🌙')).toBe('yes');
    expect(handleSpelling('cookiewolf', 'Aryan Bains')).toBe('no');
    expect(handleSpelling('aryanb', 'Aryan Bains')).toBe('no');
  });

  it('has no level without a handle of letters or a display name of two words', () => {
    expect(handleSpelling('', 'Aryan Bains')).toBeUndefined();
    expect(handleSpelling('ab', 'Aryan Bains')).toBeUndefined();
    expect(handleSpelling('aryanbains', 'Aryan')).toBeUndefined();
    expect(handleSpelling('aryanbains', undefined)).toBeUndefined();
  });

  it('is spellsDisplayName where it says yes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), (l, d) => {
        expect(handleSpelling(l, d) === 'yes').toBe(spellsDisplayName(l, d));
      }),
    );
  });
});

describe('the `spells` level of a pair', () => {
  /** The `spells` level of the candidate for Amelia Jones (`none`: the connection did not find her). */
  const levelOf = (row: Connection): string | undefined => {
    const matcher = createMatcher(PUPILS);
    const candidate = matcher.match(row, STAFF).find((c) => c.pupil.id === 'P03');
    return candidate ? candidate.levels.spells : 'none';
  };

  it('is the account’s where its display name reads as the pupil’s whole name beside a handle', () => {
    expect(levelOf(connection('Amelia Jones', 'amelia.jones'))).toBe('yes');
    expect(levelOf(connection('Amelia Jones', 'ameliajones22'))).toBe('yes');
    expect(levelOf(connection('Amelia Jones', 'star.fizz'))).toBe('no');
  });

  it('is not set without a handle, nor where only the handle names the pupil', () => {
    expect(levelOf(connection('Amelia Jones'))).toBeUndefined();
    expect(levelOf(connection('Star Fizz', 'amelia.jones2013'))).toBeUndefined();
  });

  it('is not set beside less than the whole name, which no flag rests on (a weak pupil at the review bar is not moved)', () => {
    expect(levelOf(connection('A Jones', 'ajones'))).toBeUndefined();
    expect(levelOf(connection('Amelia J', 'ameliaj2013'))).toBeUndefined();
  });
});

describe('the `spells` term in a matcher', () => {
  /** The presentation the matcher weighed Amelia Jones's first account with, once 150 accounts bear her name. */
  const presentationOf = (handleSpelling?: boolean) => {
    const matcher = createMatcher(PUPILS, handleSpelling === undefined ? {} : { handleSpelling });
    const rows = Array.from({ length: 150 }, (_, i) =>
      connection('Amelia Jones', i % 2 === 0 ? `ameliajones${i}` : `star.fizz${i}`),
    );
    const waiting = rows.map((row) => matcher.match(row, STAFF));
    return matcher.finalise(waiting[0]!, rows[0]!).find((c) => c.pupil.id === 'P03')?.prior?.presentation;
  };

  it('is counted on the lists by default, and not where the matcher is told not to (other schools’ children)', () => {
    expect(presentationOf()?.spellsShare).toBeDefined();
    expect(presentationOf(false)?.spellsShare).toBeUndefined();
  });
});

describe('estimating the `spells` term on the audit’s own accounts', () => {
  const PARAMETERS: ModelParameters = testParameters({ platform: { tiktok: 1 }, age: { older: { age8to12: 1 } } });
  const model = new MatchModel(PARAMETERS);
  const pair = (base: number, spells: 'yes' | 'no'): PresentationPair[] => [
    { base, levels: { ...WHOLE_NAME_LEVELS, spells }, platformShare: 0.2 },
  ];
  const times = (n: number, make: () => PresentationPair[]) => Array.from({ length: n }, make);
  const FACTS = TYPICAL_FACTS;
  const term = (presentation: ReturnType<typeof estimatePresentation>['presentation'], spells?: 'yes' | 'no') =>
    model
      .listTerms({ ...WHOLE_NAME_LEVELS, ...(spells ? { spells } : {}) } as FeatureLevels, FACTS, presentation, 'audit')
      .find((c) => c.code === 'HANDLE_SPELLS_NAME');

  it('recovers a known tally: u on the lists’ accounts less the pupils’, m on the pupils beyond doubt (leaning to u)', () => {
    // 400 pupils' accounts beyond doubt, 80 of them spelling their name; the lists hold 600 others, 300 spelling.
    const groups = [...times(80, () => pair(30, 'yes')), ...times(320, () => pair(30, 'no'))];
    const { presentation } = estimatePresentation(model, groups, 1_000, Infinity, 'certain', { yes: 380, no: 620 });
    expect(presentation.spellsShare!.yes).toBeCloseTo(0.5, 3);
    expect(presentation.spells!.yes).toBeCloseTo((80 + PSEUDO_ACCOUNTS * 0.5) / (400 + PSEUDO_ACCOUNTS), 3);
    const yes = term(presentation, 'yes')!;
    expect(yes.weight).toBeCloseTo(Math.log2(presentation.spells!.yes! / 0.5), 1);
    expect(yes.weight).toBeLessThan(0);
    expect(yes.args).toMatchObject({ spells: 'yes', from: 'audit' });
    expect(describeContribution(yes)).toContain('only spells the display name');
    expect(term(presentation, 'no')!.weight).toBeGreaterThan(0);
    expect(term(presentation)).toBeUndefined();
  });

  it('weighs nothing where the pupils spell their names as often as the others', () => {
    const groups = [...times(100, () => pair(30, 'yes')), ...times(300, () => pair(30, 'no'))];
    const { presentation } = estimatePresentation(model, groups, 1_000, Infinity, 'certain', { yes: 250, no: 750 });
    expect(term(presentation, 'yes')).toBeUndefined();
    expect(term(presentation, 'no')).toBeUndefined();
  });

  it('is not weighed on too few other accounts, nor without the lists’ tally, nor before any estimate', () => {
    const groups = times(100, () => pair(30, 'no'));
    const few = { yes: LEAST_LISTS_ACCOUNTS - 1, no: 100 };
    expect(
      estimatePresentation(model, groups, 1_000, Infinity, 'certain', few).presentation.spellsShare,
    ).toBeUndefined();
    expect(estimatePresentation(model, groups, 1_000).presentation.spellsShare).toBeUndefined();
    expect(term(PARAMETERS.presentation, 'yes')).toBeUndefined();
  });
});
