import { describe, expect, it } from 'vitest';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import {
  describeContribution,
  describeHeldAtReview,
  describeProbability,
  describeReason,
  LEVEL_MEANING,
  WEIGHT_MEANING,
} from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from '../match/fixtures/levels.js';

const model = new MatchModel();
const FACTS = { accounts: 20_000, forenameShare: 1 / 1200, surnameShare: 1 / 590, otherAccounts: undefined };

describe('the words for how common the name is', () => {
  it('say that another account on the lists bears the name, where that made the weight negative (Jack Smith)', () => {
    const term = model.frequency(WHOLE_NAME_LEVELS, { ...FACTS, otherAccounts: 1 })!;
    expect(term.weight).toBeLessThan(0);
    const words = describeContribution(term);
    expect(words).toContain('one other account on these lists bears it too');
    expect(words).toContain('commoner on these lists than a typical name');
    expect(words).toMatch(/^the name is the pupil’s, but /);
    expect(model.frequency(WHOLE_NAME_LEVELS, { ...FACTS, otherAccounts: 3 })!.args?.otherAccounts).toBe('2+');
    expect(describeContribution(model.frequency(WHOLE_NAME_LEVELS, { ...FACTS, otherAccounts: 3 })!)).toContain(
      'other accounts on these lists bear it too',
    );
  });

  it('say how often these lists’ pupils’ names are carried by another account, where the namesakes beyond chance weighed', () => {
    const rare = { ...FACTS, forenameShare: 1 / 20_000, surnameShare: 1 / 20_000, otherAccounts: 0 };
    const plain = model.frequency(WHOLE_NAME_LEVELS, rare)!;
    const term = model.frequency(WHOLE_NAME_LEVELS, { ...rare, namesakes: { beyond: 0.08, rate: 0.1 } })!;
    expect(term.weight).toBeLessThan(plain.weight - 3);
    expect(term.args?.namesakeOneIn).toBe(10);
    expect(describeContribution(term)).toContain('about 1 pupil’s name in 10 is also carried by another account');
    expect(describeContribution(plain)).not.toContain('pupil’s name in');
  });

  it('say "rarer" exactly when the weight is for the pupil and "commoner" when against, for every part', () => {
    const parts: Partial<FeatureLevels>[] = [{}, { sur: 'none' }, { fore: 'none' }];
    let seen = { rarer: 0, commoner: 0 };
    for (const part of parts)
      for (const share of [1e-6, 1e-4, 1e-3, 1e-2, 0.1])
        for (const otherAccounts of [undefined, 0, 1, 5]) {
          const term = model.frequency(
            { ...WHOLE_NAME_LEVELS, ...part },
            { ...FACTS, forenameShare: share, surnameShare: share, otherAccounts },
          );
          if (!term) continue;
          const words = describeContribution(term);
          const against = term.weight < 0;
          expect(words.includes('rarer'), words).toBe(!against);
          expect(words.includes('commoner'), words).toBe(against);
          seen = { rarer: seen.rarer + (against ? 0 : 1), commoner: seen.commoner + (against ? 1 : 0) };
        }
    expect(seen.rarer).toBeGreaterThan(5);
    expect(seen.commoner).toBeGreaterThan(5);
  });

  it('give a part’s own figure for a forename or surname alone, not one with a typical other half', () => {
    const words = describeContribution(model.frequency({ ...WHOLE_NAME_LEVELS, sur: 'none' }, FACTS)!);
    expect(words).toContain('the forename is the pupil’s');
    expect(words).toContain('about 1 adult in 1,200 has it');
  });
});

describe('the words for the platform and the age when connected', () => {
  const PRESENTATION = { platform: { facebook: 0.13, tiktok: 0.3 }, age: { older: { age8to12: 0.65 }, young: {} } };
  it('say whether pupils’ accounts are a larger or a smaller share than the lists’, as the sign says', () => {
    for (const [platformShare, ageShare] of [
      [0.41, 0.9],
      [0.05, 0.1],
    ] as const) {
      const terms = model.listTerms(
        { ...WHOLE_NAME_LEVELS, platform: 'facebook' },
        { ...FACTS, platformShare, ageShare },
        PRESENTATION,
        'audit',
      );
      const shown = terms.filter((c) => c.code === 'PLATFORM' || c.code === 'CONNECTED_AT_PUPIL_AGE');
      expect(shown).toHaveLength(2);
      for (const c of shown) {
        const words = describeContribution(c);
        expect(words.includes('a larger share of pupils’ accounts'), words).toBe(c.weight >= 0);
        expect(words.includes('a smaller share of pupils’ accounts'), words).toBe(c.weight < 0);
      }
    }
  });
});

describe('the figures', () => {
  it('keep a percentage and its sign together with a no-break space', () => {
    expect(describeProbability(0.991)).toBe('99.1\u00a0%');
    expect(describeProbability(0.31)).toBe('31\u00a0%');
  });

  it('never round a REVIEW up to FLAG’s bar, nor a FLAG to 100 %', () => {
    expect(describeProbability(0.9889)).toBe('98.8\u00a0%');
    expect(describeProbability(FLAG_AT - 0.0001)).toBe('98.9\u00a0%');
    expect(describeProbability(FLAG_AT)).toBe('99.0\u00a0%');
    expect(describeProbability(0.99996)).toBe('99.9\u00a0%');
  });

  it('state the bars of FLAG and REVIEW from the policy’s constants, and what a weight in bits is', () => {
    expect(LEVEL_MEANING.flag).toContain(`${Math.round(FLAG_AT * 100)}\u00a0% likely or more`);
    expect(LEVEL_MEANING.review).toContain(`From ${Math.round(REVIEW_AT * 100)}\u00a0% likely`);
    expect(LEVEL_MEANING.review).toContain('where a rule keeps it from FLAG');
    expect(WEIGHT_MEANING).toContain('+1 doubles the odds');
  });
});

describe('a REVIEW as likely as a FLAG', () => {
  it('says which rule keeps it from FLAG, from its reason codes', () => {
    const reasons = ['NAME_EXACT', 'FORMER_PUPIL_DOB_UNKNOWN'] as const;
    const held = describeHeldAtReview({ level: 'review', score: FLAG_AT + 0.001, reasons: [...reasons] });
    expect(held).toContain('REVIEW, not FLAG');
    expect(held).toContain('age is unknown');
    // Without such a code, the two rules that leave none: a family link to another pupil, an earlier decision.
    expect(describeHeldAtReview({ level: 'review', score: 0.995, reasons: ['NAME_EXACT', 'CURRENT_PUPIL'] })).toContain(
      'family link declared for another pupil',
    );
  });

  it('says nothing below the bar or for a FLAG', () => {
    const reasons: ['FORMER_PUPIL_DOB_UNKNOWN'] = ['FORMER_PUPIL_DOB_UNKNOWN'];
    expect(describeHeldAtReview({ level: 'review', score: FLAG_AT - 0.01, reasons })).toBeUndefined();
    expect(describeHeldAtReview({ level: 'flag', score: 0.999, reasons })).toBeUndefined();
  });
});

describe('the words for a shape level whose reason reads the other way from its weight', () => {
  it('say what made the sign the fit gives it, and fall back to the reason for the other sign', () => {
    expect(describeContribution({ code: 'PARTIAL_SURNAME', weight: 2.2 })).toMatch(/surname agrees \(\+2\.2\)$/);
    expect(describeContribution({ code: 'LEETSPEAK', weight: 3.6 })).toContain('more often than others’');
    expect(describeContribution({ code: 'SOUNDS_LIKE', weight: -1.1 })).toContain('more often than pupils’');
    expect(describeContribution({ code: 'PARTIAL_SURNAME', weight: -1 })).toBe(
      `${describeReason('PARTIAL_SURNAME')} (−1.0)`,
    );
  });
});

describe('the words for a title, trade or job beside the name', () => {
  it('say which kind of word it is, each its own, from the level the model weighed (trade45)', () => {
    const kinds = ['hobby', 'trade', 'job', 'letters', 'title'];
    const texts = kinds.map((kind) => describeContribution({ code: 'ADULT_WORDS', args: { kind }, weight: -4 }));
    expect(new Set(texts).size).toBe(kinds.length);
    for (const text of texts) expect(text).not.toBe(describeContribution({ code: 'ADULT_WORDS', weight: -4 }));
  });

  it('carry the kind on the finding’s contribution', () => {
    const levels: FeatureLevels = { ...WHOLE_NAME_LEVELS, adultWords: 'hobby' };
    expect(model.contributions(levels).find((c) => c.code === 'ADULT_WORDS')?.args).toEqual({ kind: 'hobby' });
  });
});
