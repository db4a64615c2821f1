import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { FEATURES, MatchModel, posteriors, type FeatureLevels, type ModelParameters } from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const LEVELS: FeatureLevels = { fore: 'legal', sur: 'full', order: 'asWritten', middle: 'no', unexplained: '0', names: 'display', digits: 'none', age: 'age8to12', adultWords: 'no', platform: 'tiktok', staffSurname: 'no', leet: 'no', sameName: 'none' };
const PARAMETERS: ModelParameters = {
  source: 'test',
  prior: -2,
  weights: { fore: { legal: 3, typo: 1 }, sur: { full: 2.5 }, digits: { dob: 2.5, otherNumber: -1 }, age: { age8to12: 1, under4: -8 }, platform: { tiktok: 1, linkedin: -3 } },
  typicalForename: 0.001,
  typicalSurname: 0.002,
  frequencyScale: 0.5,
};

describe('the match model', () => {
  it('adds the weights of the levels to the prior, and turns log-odds into a probability', () => {
    const model = new MatchModel(PARAMETERS);
    const bits = model.logOdds(LEVELS, undefined);
    expect(bits).toBeCloseTo(-2 + 3 + 2.5 + 1 + 1);
    expect(posteriors([bits])[0]).toBeCloseTo(1 / (1 + 2 ** -bits));
    expect(model.contributions(LEVELS).map((c) => c.code)).toEqual(['FORENAME_EXACT', 'SURNAME_EXACT', 'CONNECTED_AT_PUPIL_AGE', 'PLATFORM']);
  });

  it('weighs a name by how rare it is against the typical one, scaled as fitted', () => {
    const model = new MatchModel(PARAMETERS);
    const typical = model.frequency(LEVELS, 0.001, 0.002)!;
    expect(typical).toMatchObject({ code: 'NAME_FREQUENCY', weight: 0 });
    const rare = model.frequency(LEVELS, 0.001 / 16, 0.002)!;
    expect(rare.weight).toBeCloseTo(0.5 * 4);
    expect(rare.args).toMatchObject({ oneIn: 8_000_000 });
    // Only an exactly agreeing name is weighed by its frequency.
    expect(model.frequency({ ...LEVELS, fore: 'typo', sur: 'initial' }, 1e-6, 1e-6)).toBeUndefined();
  });

  it('shares the probability between candidates: two equal namesakes each get under a half', () => {
    const [a, b] = posteriors([10, 10]);
    expect(a).toBeCloseTo(b!);
    expect(a).toBeLessThan(0.5);
  });

  it('the posterior rises with each piece of evidence and falls with the others’', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.double({ min: 0.001, max: 20, noNaN: true }), (logOdds, at, delta) => {
        const i = at % logOdds.length;
        const before = posteriors(logOdds);
        const after = posteriors(logOdds.map((l, j) => (j === i ? l + delta : l)));
        expect(after[i]).toBeGreaterThanOrEqual(before[i]!);
        for (let j = 0; j < logOdds.length; j++) if (j !== i) expect(after[j]).toBeLessThanOrEqual(before[j]! + 1e-15);
        for (const p of after) expect(p >= 0 && p <= 1).toBe(true);
      }),
    );
  });

  it('weighs how many other accounts bear the whole name within the name frequency, never more for more of them', () => {
    const model = new MatchModel();
    const at = (sameName: string) => model.frequency({ ...LEVELS, sameName }, 0.001, 0.001)!;
    expect(at('alone').args).toMatchObject({ otherAccounts: 0 });
    expect(at('several').args).toMatchObject({ otherAccounts: '2+' });
    expect(at('alone').weight).toBeGreaterThanOrEqual(at('one').weight);
    expect(at('one').weight).toBeGreaterThanOrEqual(at('several').weight);
    expect(model.frequency({ ...LEVELS, fore: 'typo', sur: 'typo' }, 0.001, 0.001)).toBeUndefined();
  });

  it('the fitted model is monotone in each feature: a level that weighs more gives a higher probability', () => {
    const model = new MatchModel();
    const weights = model.parameters.weights;
    // `sameName` is weighed within the name's frequency (tested below), not in the levels' sum.
    const features = FEATURES.filter((f) => f !== 'sameName' && Object.keys(weights[f] ?? {}).length > 1);
    fc.assert(
      fc.property(fc.constantFrom(...features), fc.nat(), fc.nat(), (feature, x, y) => {
        const levels = Object.keys(weights[feature]!);
        const [a, b] = [levels[x % levels.length]!, levels[y % levels.length]!];
        const la = model.logOdds({ ...LEVELS, [feature]: a }, undefined);
        const lb = model.logOdds({ ...LEVELS, [feature]: b }, undefined);
        expect(Math.sign(la - lb)).toBe(Math.sign(weights[feature]![a]! - weights[feature]![b]!));
      }),
    );
  });
});

describe('the match model on a matcher’s candidates', () => {
  const pupils = [pupil('C1', 'Jessica', 'Taylor', { dob: '2012-05-01' }), pupil('R1', 'Zephyrine', 'Oakhampstead', { dob: '2012-05-01' })];
  const at = (displayName: string | undefined, username?: string, connectedOn = '2024-03-01', platform = 'tiktok'): Connection => ({ ...connection(displayName, username, connectedOn), platform });
  /** Lists of 5,000 adults in which Jessica and Taylor are common names and Zephyrine and Oakhampstead unknown. */
  const withLists = () => {
    const matcher = createMatcher(pupils);
    const fores = ['Karen', 'Gary', 'Susan', 'Paul', 'Jessica'];
    const surs = ['Brown', 'Wilson', 'Taylor', 'Evans', 'Hughes', 'Walker', 'Green', 'Hall'];
    for (let i = 0; i < 5000; i++) matcher.match({ ...connection(`${fores[i % fores.length]} ${surs[(i * 7) % surs.length]}${i % 3 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`), platform: 'facebook' }, STAFF);
    return matcher;
  };
  const score = (matcher: ReturnType<typeof createMatcher>, c: Connection): number => matcher.finalise(matcher.match(c, STAFF), c)[0]?.score ?? 0;

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
    expect(score(matcher, at("Jessica Taylor", "jess_2012"))).toBeGreaterThan(plain);
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
    expect(score(matcher, at('Zephyrine Oakhampstead', undefined, '2024-03-01', 'linkedin'))).toBeLessThan(score(matcher, at('Zephyrine Oakhampstead')));
  });

  it('keeps the contributions a finding shows summing to its log-odds', () => {
    const matcher = withLists();
    const [candidate] = matcher.finalise(matcher.match(at('Zephyrine Oakhampstead', 'zeph2012'), STAFF), at('Zephyrine Oakhampstead', 'zeph2012'));
    const model = new MatchModel();
    const shown = candidate!.contributions.reduce((sum, c) => sum + c.weight, model.parameters.prior);
    expect(posteriors([shown])[0]).toBeCloseTo(candidate!.score, 2);
    expect(candidate!.score).toBeGreaterThanOrEqual(REVIEW_AT);
  });
});
