import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, FEATURES, type FeatureLevels, type ListFacts, MatchModel } from '../../src/match/matchModel.js';
import { caseCount } from '../helpers/depth.js';

const model = new MatchModel();
const { weights } = model.parameters;
// Each feature's levels as the fit weighs them, and the list features' as the matcher writes them.
const LIST_LEVELS: Partial<Record<string, readonly string[]>> = {
  age: [...AGE_BANDS.map(([name]) => name), 'unknown'],
  platform: ['facebook', 'instagram', 'snapchat', 'tiktok', 'x', 'linkedin', 'other'],
  sameName: ['none', 'alone', 'one', 'several'],
  stage: ['young', 'older'],
  underPlatform: ['yes', 'no'],
  lists: ['one', 'several'],
};
const levels = fc
  .record(
    Object.fromEntries(
      FEATURES.map((f) => [f, fc.constantFrom(...(LIST_LEVELS[f] ?? Object.keys(weights[f] ?? { none: 0 })))]),
    ) as Record<(typeof FEATURES)[number], fc.Arbitrary<string>>,
  )
  .map((l) => l as FeatureLevels);
// Log-uniform as well: a name's shares are mostly small, where its frequency weight is not clamped.
const share = fc.oneof(
  fc.double({ min: 0.0001, max: 1, noNaN: true }),
  fc.double({ min: -4, max: 0, noNaN: true }).map((e) => 10 ** e),
);
const facts = fc
  .record({
    accounts: fc.integer({ min: 0, max: 2_000_000 }),
    forenameShare: share,
    surnameShare: share,
    clustering: fc.option(fc.double({ min: 0.5, max: 20, noNaN: true }), { nil: undefined }),
    otherAccounts: fc.option(fc.nat(5), { nil: undefined }),
    exposure: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: undefined }),
    platformShare: share,
    written: fc.option(fc.record({ forenameShare: share, surnameShare: share, otherAccounts: fc.nat(4) }), {
      nil: undefined,
    }),
    namesakes: fc.option(fc.record({ beyond: fc.double({ min: 0, max: 50, noNaN: true }), rate: share }), {
      nil: undefined,
    }),
    surnameInitials: fc.record({ accounts: fc.nat(100_000), written: fc.nat(5_000) }),
    ageShare: fc.option(share, { nil: undefined }),
  })
  .map((f) => {
    // Optional facts absent, as the matcher leaves them, rather than present and undefined.
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(f)) if (value !== undefined) out[key] = value;
    return out as unknown as ListFacts;
  });
const presentation = fc.record({
  platform: fc.dictionary(fc.constantFrom('facebook', 'instagram', 'snapchat', 'tiktok', 'x'), share),
  age: fc.record({
    young: fc.dictionary(fc.constantFrom('age4to7', 'unknown', 'under4'), share),
    older: fc.dictionary(fc.constantFrom('age8to12', 'age13up', 'unknown', 'age4to7'), share),
  }),
});
const CODES = [
  'NAME_FREQUENCY',
  'SURNAME_INITIAL',
  'PLATFORM',
  'STAFF_LISTS',
  'CONNECTED_WHEN_YOUNG',
  'CONNECTED_AT_PUPIL_AGE',
];

describe('MatchModel.logOddsOn', () => {
  it('is the log-odds of the terms listTerms gives (those kept), added in the same order, to the last bit', () => {
    fc.assert(
      fc.property(
        levels,
        fc.double({ min: -30, max: 10, noNaN: true }),
        facts,
        presentation,
        fc.option(fc.subarray(CODES), { nil: undefined }),
        (l, prior, f, p, kept) => {
          const keep = kept ? (code: string) => !kept.includes(code) : undefined;
          const terms = model.listTerms(l, f, p).filter((t) => !keep || keep(t.code));
          expect(Object.is(model.logOddsOn(l, prior, f, p, keep), model.logOdds(l, prior, terms))).toBe(true);
        },
      ),
      { numRuns: caseCount(1_000, 20_000) },
    );
  });
});
