import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import {
  type FeatureLevels,
  type ListFacts,
  MatchModel,
  type ModelParameters,
  posteriors,
  SHAPE_FEATURES,
} from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const LEVELS: FeatureLevels = { ...WHOLE_NAME_LEVELS, platform: 'tiktok' };
const PARAMETERS: ModelParameters = {
  source: 'test',
  intercept: -2,
  accountsPerPupil: 0.5,
  typicalPopulation: 20_000,
  weights: { fore: { legal: 3, typo: 1 }, sur: { full: 2.5 }, digits: { dob: 2.5, otherNumber: -1 } },
  typicalForename: 0.001,
  typicalSurname: 0.002,
  presentation: {
    platform: { tiktok: 0.4, facebook: 0.1 },
    age: { older: { age8to12: 0.6, age13up: 0.3, unknown: 0.1 }, young: { age4to7: 0.9, unknown: 0.1 } },
  },
};
const FACTS: ListFacts = {
  accounts: 10_000,
  forenameShare: 0.001,
  surnameShare: 0.002,
  otherAccounts: undefined,
  platformShare: 0.1,
  ageShare: 0.3,
};

describe('the match model', () => {
  it('adds the shape weights and the list terms to the prior, and turns log-odds into a probability', () => {
    const model = new MatchModel(PARAMETERS);
    const terms = model.listTerms(LEVELS, FACTS);
    const bits = model.logOdds(LEVELS, -1, terms);
    // tiktok: log2(0.4 / 0.1) = 2; age 8–12 for an older pupil: log2(0.6 / 0.3) = 1; a typical name: 0.
    expect(bits).toBeCloseTo(-1 + 3 + 2.5 + 2 + 1);
    expect(posteriors([bits])[0]).toBeCloseTo(1 / (1 + 2 ** -bits));
    expect(model.contributions(LEVELS).map((c) => c.code)).toEqual(['FORENAME_EXACT', 'SURNAME_EXACT']);
    expect(terms.map((c) => c.code)).toEqual(['NAME_FREQUENCY', 'PLATFORM', 'CONNECTED_AT_PUPIL_AGE']);
  });

  it('takes the prior from the accounts per pupil and the lists’ size: twice the accounts, half the odds', () => {
    const model = new MatchModel(PARAMETERS);
    expect(model.prior(0.5, 20_000)).toBeCloseTo(model.prior(0.5, 10_000) - 1);
    expect(model.prior(1, 10_000)).toBeCloseTo(model.prior(0.5, 10_000) + 1);
  });

  it('weighs a name by how many other accounts are expected to bear it, against the typical name', () => {
    const model = new MatchModel(PARAMETERS);
    expect(model.frequency(LEVELS, FACTS)).toMatchObject({ code: 'NAME_FREQUENCY', weight: 0 });
    const rare = model.frequency(LEVELS, { ...FACTS, forenameShare: 0.001 / 16 })!;
    expect(rare.weight).toBeCloseTo(4);
    expect(rare.args).toMatchObject({ oneIn: 8_000_000 });
    // Whole names that recur on the lists more than their parts predict weigh less.
    expect(model.frequency(LEVELS, { ...FACTS, forenameShare: 0.001 / 16, clustering: 4 })!.weight).toBeCloseTo(2);
    // Only an exactly agreeing name is weighed by its frequency.
    expect(
      model.frequency(
        { ...LEVELS, fore: 'typo', sur: 'initial' },
        { ...FACTS, forenameShare: 1e-6, surnameShare: 1e-6 },
      ),
    ).toBeUndefined();
  });

  it('never weighs a name more for more other accounts bearing it', () => {
    const model = new MatchModel(PARAMETERS);
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.double({ min: 1e-6, max: 0.05, noNaN: true }), (a, b, share) => {
        const at = (otherAccounts: number) =>
          model.frequency(LEVELS, { ...FACTS, forenameShare: share, otherAccounts })!.weight;
        if (a < b) expect(at(a)).toBeGreaterThanOrEqual(at(b));
      }),
    );
  });

  it('updates the expected namesakes by the count seen on a trust’s lists, as many times these lists as counted on', () => {
    const model = new MatchModel(PARAMETERS);
    // Expected 0.02 other accounts (10,000 × 0.001 × 0.002); the typical name's too: 0 bits before any count.
    const at = (otherAccounts: number, exposure?: number) =>
      model.frequency(LEVELS, { ...FACTS, otherAccounts, ...(exposure ? { exposure } : {}) })!.weight;
    // Counted on these lists alone (exposure 1), as before: 0.02 × (1 + k) / 1.02.
    expect(at(3, 1)).toBe(at(3));
    expect(at(3)).toBeCloseTo(Math.log2(0.02 / ((0.02 * 4) / 1.02)), 1);
    // Three others on 40 times as many accounts: a rate of (1 + 3) / (50 + 40) per these lists' worth.
    expect(at(3, 40)).toBeCloseTo(Math.log2(0.02 / (4 / 90)), 1);
    // Nobody else on 40 times as many accounts: rarer than the shares alone say, never commoner.
    expect(at(0, 40)).toBeGreaterThan(at(0));
    fc.assert(
      fc.property(fc.nat(20), fc.double({ min: 1, max: 100, noNaN: true }), (k, exposure) => {
        expect(at(k + 1, exposure)).toBeLessThanOrEqual(at(k, exposure));
      }),
    );
  });

  it('weighs the platform and the age when connected by m/u, u from the lists', () => {
    const model = new MatchModel(PARAMETERS);
    const facebook = model
      .listTerms({ ...LEVELS, platform: 'facebook' }, { ...FACTS, platformShare: 0.4 })
      .find((c) => c.code === 'PLATFORM')!;
    expect(facebook.weight).toBeCloseTo(-2);
    // A pupil's account is never weighed as if impossible from the bench alone; under LinkedIn's age, nearly so.
    const linkedin = (underPlatform: string) =>
      model.listTerms({ ...LEVELS, platform: 'linkedin', underPlatform }, FACTS).find((c) => c.code === 'PLATFORM')!
        .weight;
    expect(linkedin('no')).toBeGreaterThan(-10);
    expect(linkedin('yes')).toBeLessThan(linkedin('no'));
    // An infant's account connected at 4 to 7 is what an infant's looks like; an older pupil's, not.
    const young = model
      .listTerms({ ...LEVELS, age: 'age4to7', stage: 'young' }, FACTS)
      .find((c) => c.code === 'CONNECTED_AT_PUPIL_AGE')!;
    const older = model
      .listTerms({ ...LEVELS, age: 'age4to7', stage: 'older' }, FACTS)
      .find((c) => c.code === 'CONNECTED_AT_PUPIL_AGE')!;
    expect(young.weight).toBeGreaterThan(0);
    expect(older.weight).toBeLessThan(0);
  });

  it('shares the probability between candidates: two equal namesakes each get under a half', () => {
    const [a, b] = posteriors([10, 10]);
    expect(a).toBeCloseTo(b!);
    expect(a).toBeLessThan(0.5);
  });

  it('the posterior rises with each piece of evidence and falls with the others’', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        (logOdds, at, delta) => {
          const i = at % logOdds.length;
          const before = posteriors(logOdds);
          const after = posteriors(logOdds.map((l, j) => (j === i ? l + delta : l)));
          expect(after[i]).toBeGreaterThanOrEqual(before[i]!);
          for (let j = 0; j < logOdds.length; j++)
            if (j !== i) expect(after[j]).toBeLessThanOrEqual(before[j]! + 1e-15);
          for (const p of after) expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
    );
  });

  it('the fitted model is monotone in each shape feature: a level that weighs more gives a higher probability', () => {
    const model = new MatchModel();
    const weights = model.parameters.weights;
    const features = SHAPE_FEATURES.filter((f) => Object.keys(weights[f] ?? {}).length > 1);
    fc.assert(
      fc.property(fc.constantFrom(...features), fc.nat(), fc.nat(), (feature, x, y) => {
        const levels = Object.keys(weights[feature]!);
        const [a, b] = [levels[x % levels.length]!, levels[y % levels.length]!];
        // A level weighed by the lists' style (the surname's initial) is a list term: at the bench's own share, as fitted.
        const share = model.parameters.styles?.['sur.initial']?.benchShare ?? 0;
        const styled = (levels: FeatureLevels) =>
          model.logOdds(
            levels,
            0,
            model
              .listTerms(levels, {
                accounts: 20_000,
                forenameShare: 0.001,
                surnameShare: 0.002,
                otherAccounts: undefined,
                platformShare: 0.2,
                surnameInitials: { accounts: 1e6, written: share * 1e6 },
              })
              .filter((c) => c.code === 'SURNAME_INITIAL'),
          );
        const la = styled({ ...LEVELS, [feature]: a });
        const lb = styled({ ...LEVELS, [feature]: b });
        expect(Math.sign(la - lb)).toBe(Math.sign(weights[feature]![a]! - weights[feature]![b]!));
      }),
    );
  });
});

describe('the match model on a matcher’s candidates', () => {
  const pupils = [
    pupil('C1', 'Jessica', 'Taylor', { dob: '2012-05-01' }),
    pupil('R1', 'Zephyrine', 'Oakhampstead', { dob: '2012-05-01' }),
  ];
  const at = (
    displayName: string | undefined,
    username?: string,
    connectedOn = '2024-03-01',
    platform = 'tiktok',
  ): Connection => ({ ...connection(displayName, username, connectedOn), platform });
  /** Lists of 5,000 adults in which Jessica and Taylor are common names and Zephyrine and Oakhampstead unknown. */
  const withLists = () => {
    const matcher = createMatcher(pupils);
    const fores = ['Karen', 'Gary', 'Susan', 'Paul', 'Jessica'];
    const surs = ['Brown', 'Wilson', 'Taylor', 'Evans', 'Hughes', 'Walker', 'Green', 'Hall'];
    const platforms = ['facebook', 'facebook', 'instagram', 'tiktok', 'snapchat', 'x', 'linkedin'];
    for (let i = 0; i < 5000; i++) {
      const name = `${fores[i % fores.length]} ${surs[(i * 7) % surs.length]}${i % 3 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`;
      matcher.match(
        {
          ...connection(name, `adult${i}`, `20${String(10 + (i % 17)).padStart(2, '0')}-0${1 + (i % 9)}-15`),
          platform: platforms[i % platforms.length]!,
        },
        STAFF,
      );
    }
    return matcher;
  };
  const score = (matcher: ReturnType<typeof createMatcher>, c: Connection): number =>
    matcher.finalise(matcher.match(c, STAFF), c)[0]?.score ?? 0;

  it('does not flag a common exact name alone, but flags a rare one', () => {
    const matcher = withLists();
    const common = matcher.finalise(matcher.match(at('Jessica Taylor'), STAFF), at('Jessica Taylor'))[0]!;
    expect(common.score).toBeLessThan(FLAG_AT);
    expect(common.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight).toBeLessThan(0);
    const rare = matcher.finalise(matcher.match(at('Zephyrine Oakhampstead'), STAFF), at('Zephyrine Oakhampstead'))[0]!;
    expect(rare.score).toBeGreaterThanOrEqual(FLAG_AT);
    expect(rare.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight).toBeGreaterThan(0);
  });

  it('lifts a name whose handle carries the pupil’s birth year, not one with another number', () => {
    const matcher = withLists();
    const plain = score(matcher, at('Jessica Taylor'));
    expect(score(matcher, at('Jessica Taylor', 'jess_2012'))).toBeGreaterThan(plain);
    expect(score(matcher, at('Jessica Taylor', 'fifawolf83'))).toBeLessThanOrEqual(plain);
    expect(score(matcher, at('Jessica Taylor', 'jessicataylor47'))).toBeLessThanOrEqual(plain);
  });

  it('drops the pupil when the connection is older than the pupil, and doubts one made with a toddler', () => {
    const matcher = withLists();
    expect(matcher.match(at('Zephyrine Oakhampstead', undefined, '2011-01-01'), STAFF)).toEqual([]);
    const toddler = score(matcher, at('Zephyrine Oakhampstead', undefined, '2014-01-01'));
    expect(toddler).toBeLessThan(score(matcher, at('Zephyrine Oakhampstead')));
    expect(toddler).toBeLessThan(FLAG_AT);
  });

  it('weighs a rare name less on LinkedIn, where pupils seldom are, than on TikTok', () => {
    const matcher = withLists();
    expect(score(matcher, at('Zephyrine Oakhampstead', undefined, '2024-03-01', 'linkedin'))).toBeLessThan(
      score(matcher, at('Zephyrine Oakhampstead')),
    );
  });

  it('keeps the contributions a finding shows summing to its log-odds', () => {
    const matcher = withLists();
    const [candidate] = matcher.finalise(
      matcher.match(at('Zephyrine Oakhampstead', 'zeph2012'), STAFF),
      at('Zephyrine Oakhampstead', 'zeph2012'),
    );
    const shown = candidate!.contributions.reduce((sum, c) => sum + c.weight, candidate!.prior!.bits);
    expect(posteriors([shown])[0]).toBeCloseTo(candidate!.score, 2);
    expect(candidate!.score).toBeGreaterThanOrEqual(REVIEW_AT);
  });
});
