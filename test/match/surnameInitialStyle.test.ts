import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import {
  type FeatureLevels,
  MatchModel,
  type ModelParameters,
  STYLE_PSEUDO_ACCOUNTS,
} from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { describeContribution } from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';
import { connection, PUPILS, STAFF } from './fixtures/pupils.js';

const STYLE = { benchShare: 0.04, ofOthers: 0.9 };
const PARAMETERS: ModelParameters = {
  ...testParameters({ platform: {}, age: {} }),
  weights: { fore: { legal: 3 }, sur: { initial: 0.5 } },
  styles: { 'sur.initial': STYLE },
};
const model = new MatchModel(PARAMETERS);
const INITIAL: FeatureLevels = { ...WHOLE_NAME_LEVELS, sur: 'initial', names: 'display' };
const facts = (accounts: number, written: number) => ({
  accounts: 20_000,
  forenameShare: 0.001,
  surnameShare: 0.002,
  otherAccounts: undefined,
  platformShare: 0.2,
  surnameInitials: { accounts, written },
});
const styleTerm = (levels: FeatureLevels, accounts: number, written: number) =>
  model.listTerms(levels, facts(accounts, written), undefined, 'audit').find((c) => c.code === 'SURNAME_INITIAL');

describe('the surname’s initial, weighed by how often these lists’ adults write so', () => {
  it('weighs as fitted where the lists write so as often as the bench', () => {
    expect(styleTerm(INITIAL, 25_000, 1_000)?.weight).toBe(0.5);
  });

  it('weighs more where none of these lists’ accounts is written so, less where many are: u moves by the part written so', () => {
    const share = (STYLE_PSEUDO_ACCOUNTS * STYLE.benchShare) / (25_000 + STYLE_PSEUDO_ACCOUNTS);
    const none = -Math.log2(1 - STYLE.ofOthers + (STYLE.ofOthers * share) / STYLE.benchShare);
    expect(styleTerm(INITIAL, 25_000, 0)?.weight).toBeCloseTo(0.5 + Math.round(none * 10) / 10, 9);
    expect(styleTerm(INITIAL, 25_000, 0)!.weight).toBeGreaterThan(2.5);
    // Never more than the part of u that is not the style allows.
    expect(styleTerm(INITIAL, 25_000, 0)!.weight).toBeLessThanOrEqual(0.5 - Math.log2(1 - STYLE.ofOthers));
    expect(styleTerm(INITIAL, 25_000, 3_000)!.weight).toBeLessThan(-0.5);
  });

  it('moves little on a short list', () => {
    // None written so: on 100 accounts under a quarter as far as on 100,000.
    const short = styleTerm(INITIAL, 100, 0)!.weight - 0.5;
    const long = styleTerm(INITIAL, 100_000, 0)!.weight - 0.5;
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(long / 4);
  });

  it('is one contribution, with the shares it was weighed on, and the log-odds are the contributions’ sum', () => {
    const terms = model.listTerms(INITIAL, facts(25_000, 0), undefined, 'audit');
    const shape = model.contributions(INITIAL);
    const all = [...terms, ...shape];
    expect(all.filter((c) => c.code === 'SURNAME_INITIAL')).toHaveLength(1);
    const term = all.find((c) => c.code === 'SURNAME_INITIAL')!;
    expect(term.args).toMatchObject({ benchShare: 0.04 });
    expect(term.args?.listsShare).toBeLessThan(0.01);
    expect(describeContribution(term)).toMatch(/these lists’ accounts are written as a forename and one letter/);
    const sum = all.reduce((a, c) => a + c.weight, -5);
    expect(model.logOdds(INITIAL, -5, terms)).toBeCloseTo(sum, 9);
  });

  it('leaves an initial read from a handle, and a model without the style, as fitted', () => {
    const handle = { ...INITIAL, names: 'handle' } as FeatureLevels;
    expect(model.listTerms(handle, facts(25_000, 0)).some((c) => c.code === 'SURNAME_INITIAL')).toBe(false);
    expect(model.contributions(handle).find((c) => c.code === 'SURNAME_INITIAL')?.weight).toBe(0.5);
    const { styles: _, ...unstyled } = PARAMETERS;
    const plain = new MatchModel(unstyled);
    expect(plain.listTerms(INITIAL, facts(25_000, 0)).some((c) => c.code === 'SURNAME_INITIAL')).toBe(false);
    expect(plain.logOdds(INITIAL, -5, [])).toBeCloseTo(-5 + 3 + 0.5, 9);
  });
});

describe('the matcher counts the style on the audit’s own lists', () => {
  /** Amelia J's score for Amelia Jones (P03) among `adults` other accounts, `written` of them as a forename and one letter. */
  const ameliaJ = (adults: number, written: number): number => {
    const model = new MatchModel({ ...MODEL_PARAMETERS, styles: { 'sur.initial': STYLE } });
    const matcher = createMatcher(PUPILS, { model });
    const row = connection('Amelia J', 'bluesky_7');
    const rows: Connection[] = [row];
    const letters = 'abcdefghklmnprstvwy';
    for (let i = 0; i < adults; i++)
      rows.push(
        connection(
          i < written ? `Grace ${letters[i % letters.length]!.toUpperCase()}` : `Grace Adult${i.toString(36)}`,
          `adult${i}`,
        ),
      );
    const waiting = rows.map((r) => matcher.match(r, STAFF));
    matcher.forgetCaches?.();
    const weighed = matcher.finalise(waiting[0]!, row);
    const amelia = weighed.find((c) => c.pupil.id === 'P03');
    expect(amelia?.levels.sur).toBe('initial');
    return amelia!.score;
  };

  it('scores a pupil written with an initial higher on lists where no adult writes so than where many do', () => {
    expect(ameliaJ(3_000, 0)).toBeGreaterThan(ameliaJ(3_000, 600) * 1.5);
  });
});
