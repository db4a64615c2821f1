import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import {
  CERTAIN_BITS,
  estimatePresentation,
  type PresentationPair,
  PSEUDO_ACCOUNTS,
} from '../../src/match/estimatePresentation.js';
import { type FeatureLevels, MatchModel, type ModelParameters, posteriors } from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const LEVELS: FeatureLevels = { ...WHOLE_NAME_LEVELS };
/** The bench's m here: TikTok 0.8 and Facebook 0.2 once normalised; older pupils 8–12 0.6, 13+ 0.3, undated 0.1. */
const PARAMETERS: ModelParameters = testParameters({
  platform: { tiktok: 0.4, facebook: 0.1 },
  age: { older: { age8to12: 0.6, age13up: 0.3, unknown: 0.1 }, young: { age4to7: 0.9, unknown: 0.1 } },
});
const model = new MatchModel(PARAMETERS);
const pair = (base: number, levels: Partial<FeatureLevels>, ageShare?: number): PresentationPair[] => [
  { base, levels: { ...LEVELS, ...levels }, platformShare: 0.2, ...(ageShare !== undefined ? { ageShare } : {}) },
];
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('estimating how pupils present on the audit’s own candidates (EM)', () => {
  it('finds the accounts per pupil whose expected number of pupils’ accounts among the candidates it implies', () => {
    const groups = Array.from({ length: 2_000 }, (_, i) => pair(((i * 7919) % 2001) / 100 - 10, {}));
    const truth = 0.3;
    const expected = groups.reduce((sum, [p]) => sum + posteriors([p!.base + Math.log2(truth)])[0]!, 0);
    // Shrunk a little towards the bench's 0.5 (50 pseudo-pupils against these ~3,000).
    expect(estimatePresentation(model, groups, expected / truth).accountsPerPupil).toBeCloseTo(truth, 1);
    // A handful of candidates leaves the bench's rate nearly where it was.
    expect(estimatePresentation(model, [pair(5, {}), pair(5, {})], 3).accountsPerPupil).toBeLessThan(0.6);
  });

  it('recovers a known tally of pupils’ accounts, shrunk towards the bench’s m by the pseudo-accounts', () => {
    // 1,000 pupils' accounts beyond doubt: 600 on TikTok, 300 on Instagram, 100 on Facebook; 700 of
    // them connected at 13 or over, 300 at 8 to 12. 3,000 adults' accounts nobody would take for a pupil, all on Facebook.
    const groups = [
      ...times(600, () => pair(30, { platform: 'tiktok', age: 'age13up' }, 0.3)),
      ...times(300, () => pair(30, { platform: 'instagram', age: 'age13up' }, 0.3)),
      ...times(100, () => pair(30, { platform: 'facebook', age: 'age8to12' }, 0.3)),
      ...times(3_000, () => pair(-40, { platform: 'facebook', age: 'age8to12' }, 0.3)),
    ];
    const { presentation, pupilsAccounts } = estimatePresentation(model, groups, 2_000);
    expect(pupilsAccounts).toBeCloseTo(1_000, 0);
    const k = PSEUDO_ACCOUNTS;
    expect(presentation.platform.tiktok).toBeCloseTo((600 + 0.8 * k) / (1_000 + k), 3);
    expect(presentation.platform.instagram).toBeCloseTo(300 / (1_000 + k), 3);
    expect(presentation.platform.facebook).toBeCloseTo((100 + 0.2 * k) / (1_000 + k), 3);
    expect(presentation.age.older!.age13up).toBeCloseTo((900 + 0.3 * k) / (1_000 + k), 3);
    expect(presentation.age.older!.age8to12).toBeCloseTo((100 + 0.6 * k) / (1_000 + k), 3);
    // No infant among them: the young stage's m stays the bench's.
    expect(presentation.age.young).toEqual(PARAMETERS.presentation.age.young);
  });

  it('cannot tell namesakes in doubt from pupils by the name alone: all pairs copy their spread, pairs beyond doubt do not', () => {
    // 1,000 pupils' accounts beyond doubt, all on TikTok; 1,000 accounts bearing a pupil's name and
    // nothing else (even odds on the name alone), all on Facebook, where no pupil here is.
    const groups = [
      ...times(1_000, () => pair(30, { platform: 'tiktok' })),
      ...times(1_000, () => pair(1, { platform: 'facebook' })),
    ];
    // Splink's EM: the namesakes count as pupils' accounts by their posteriors, and then weigh more.
    const all = estimatePresentation(model, groups, 2_000, Infinity, 'all');
    expect(all.presentation.platform.facebook).toBeGreaterThan(0.3);
    expect(all.pupilsAccounts).toBeGreaterThan(1_700);
    // Counted on the pairs beyond doubt without the platform: Facebook is the bench's pseudo-accounts' alone.
    const certain = estimatePresentation(model, groups, 2_000, Infinity, 'certain');
    expect(certain.presentation.platform.facebook).toBeCloseTo((0.2 * PSEUDO_ACCOUNTS) / (1_000 + PSEUDO_ACCOUNTS), 3);
    expect(certain.pupilsAccounts).toBeLessThan(all.pupilsAccounts);
  });

  it('estimates the rules’ levels not at all: before 4 and under LinkedIn’s 16 weigh as before', () => {
    const groups = [
      ...times(500, () => pair(30, { platform: 'linkedin', underPlatform: 'yes', age: 'under4' }, 0.3)),
      ...times(500, () => pair(30, { platform: 'tiktok' }, 0.3)),
    ];
    const { presentation } = estimatePresentation(model, groups, 2_000);
    expect(presentation.platform.linkedin ?? 0).toBe(0);
    expect(presentation.age.older!.under4 ?? 0).toBe(0);
    expect(model.ageM({ ...LEVELS, age: 'under4' }, presentation)).toBeLessThan(0.001);
  });
});

describe('the packed EM', () => {
  it('returns a fixed point of the EM as written with objects: the prior and m its own posteriors imply', () => {
    for (const counting of ['all', 'certain'] as const) fixedPoint(counting);
  });
  const fixedPoint = (counting: 'all' | 'certain') => {
    const platforms = ['tiktok', 'facebook', 'instagram', 'other'];
    const ages = ['age8to12', 'age13up', 'unknown', 'under4'];
    const arbitraryPair = fc.record({
      base: fc.double({ min: -12, max: 12, noNaN: true }),
      platform: fc.constantFrom(...platforms),
      age: fc.constantFrom(...ages),
      underPlatform: fc.constantFrom('no', 'no', 'yes'),
      platformShare: fc.double({ min: 0.02, max: 0.6, noNaN: true }),
      ageShare: fc.option(fc.double({ min: 0.02, max: 0.6, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(arbitraryPair, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        (raw) => {
          const groups = raw.map((group) =>
            group.flatMap((p) =>
              pair(p.base, { platform: p.platform, age: p.age, underPlatform: p.underPlatform }, p.ageShare).map(
                (q) => ({
                  ...q,
                  platformShare: p.platformShare,
                }),
              ),
            ),
          );
          const pupils = 30;
          const { accountsPerPupil, presentation } = estimatePresentation(model, groups, pupils, Infinity, counting);
          // Beyond doubt without the learnt terms (`certain`); a pair within a hair of the line may fall either side.
          const certain = (q: PresentationPair) => q.base + Math.log2(accountsPerPupil) >= CERTAIN_BITS;
          fc.pre(groups.flat().every((q) => Math.abs(q.base + Math.log2(accountsPerPupil) - CERTAIN_BITS) > 0.05));
          // One step of the EM from the estimate, with objects and `posteriors`.
          const bits = (q: PresentationPair) =>
            q.base +
            Math.log2(accountsPerPupil) +
            (q.levels.platform !== 'other' && q.levels.underPlatform !== 'yes'
              ? Math.log2(model.platformM(q.levels, presentation)! / q.platformShare)
              : 0) +
            (q.ageShare !== undefined && q.levels.age !== 'under4'
              ? Math.log2(model.ageM(q.levels, presentation) / q.ageShare)
              : 0);
          let expected = 0;
          const onPlatform = new Map<string, number>();
          let learnt = 0;
          for (const group of groups) {
            posteriors(group.map(bits)).forEach((p, i) => {
              expected += p;
              const q = group[i]!;
              if (q.levels.platform === 'other' || q.levels.underPlatform === 'yes') return;
              if (counting === 'certain' && !certain(q)) return;
              learnt += p;
              onPlatform.set(q.levels.platform, (onPlatform.get(q.levels.platform) ?? 0) + p);
            });
          }
          const rho = Math.min(5, Math.max(0.002, (expected + 50 * 0.5) / (pupils + 50)));
          expect(Math.abs(Math.log2(rho / accountsPerPupil))).toBeLessThan(0.02);
          const bench = { tiktok: 0.8, facebook: 0.2 } as Record<string, number>;
          for (const level of ['tiktok', 'facebook', 'instagram']) {
            const m =
              ((onPlatform.get(level) ?? 0) + PSEUDO_ACCOUNTS * (bench[level] ?? 0)) / (learnt + PSEUDO_ACCOUNTS);
            expect(Math.abs(m - (presentation.platform[level] ?? 0))).toBeLessThan(0.01);
          }
        },
      ),
      { numRuns: 60 },
    );
  };
});

describe('the floors under m', () => {
  it('take a learnt m for a pupil’s account connected at 4 to 7 down to one in a hundred, not one in twenty', () => {
    const learnt = { ...PARAMETERS.presentation, age: { ...PARAMETERS.presentation.age, older: { age4to7: 0.02 } } };
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, learnt)).toBeCloseTo(0.02);
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, { ...learnt, age: { older: {} } })).toBeCloseTo(0.01);
    // A platform nobody was seen on: one pupil's account in two hundred.
    expect(model.platformM({ ...LEVELS, platform: 'linkedin' }, learnt)).toBeCloseTo(0.005);
  });

  it('take m at an age none of many pupils’ accounts beyond doubt shows to what they say: 0.5 / (n + 1), not one in a hundred', () => {
    const none = { ...PARAMETERS.presentation, age: { ...PARAMETERS.presentation.age, older: {} } };
    // 399 of the audit's own pupils' accounts beyond doubt, none connected at 4 to 7: one in 800.
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, { ...none, ageAccounts: { older: 399 } })).toBeCloseTo(1 / 800, 6);
    // Too few to say more than the floor (49 accounts: one in a hundred), or none counted (the bench's m): as before.
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, { ...none, ageAccounts: { older: 49 } })).toBeCloseTo(0.01);
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, none)).toBeCloseTo(0.01);
    // A learnt m above what none would say is kept.
    const learnt = { ...none, age: { older: { age4to7: 0.004 } }, ageAccounts: { older: 399 } };
    expect(model.ageM({ ...LEVELS, age: 'age4to7' }, learnt)).toBeCloseTo(0.004);
  });

  it('counts, beside the m it learns, the pupils’ accounts beyond doubt each stage’s age m rests on', () => {
    // 300 accounts beyond doubt connected at 13 or over, of older pupils; none at 4 to 7.
    const groups = times(300, () => pair(20, { age: 'age13up', stage: 'older' }, 0.3));
    const { presentation } = estimatePresentation(model, groups, 300);
    expect(presentation.ageAccounts?.older).toBeCloseTo(300, 0);
    expect(model.ageM({ ...LEVELS, age: 'age4to7', stage: 'older' }, presentation)).toBeCloseTo(0.5 / 301, 5);
  });
});

describe('a matcher weighs the platform and the age by how its own lists’ pupils present', () => {
  const SYLLABLES = ['ka', 'lo', 'mi', 're', 'zu', 'ta', 'ne', 'vo', 'shi', 'pa', 'du', 'fe', 'gi', 'ho', 'bu'];
  const word = (i: number, end: string) =>
    `${SYLLABLES[i % 15]!.toUpperCase()}${SYLLABLES[Math.floor(i / 15) % 15]}${end}`;
  /** 150 pupils of invented names none shares, each with one account beyond doubt: their name and birth year, on TikTok. */
  const pupils = Array.from({ length: 150 }, (_, i) => pupil(`Q${i}`, word(i, 'nora'), word(i + 7, 'wick')));
  const own = (i: number): Connection => ({
    ...connection(
      `${pupils[i]!.legalForename} ${pupils[i]!.legalSurname}`,
      `${pupils[i]!.legalForename}2012`,
      '2025-09-01',
    ),
    platform: 'tiktok',
  });

  it('weighs an account of a pupil’s whole name connected at 4 to 7 by what this audit’s 150 pupils beyond doubt say (none then)', () => {
    const matcher = createMatcher(pupils, { auditDate: '2026-11-01' });
    for (let i = 0; i < 3000; i++)
      matcher.match(
        connection(`Adult${'abcdefghij'[i % 10]} Person${'klmnopqrst'[(i * 3) % 10]}`, `adult${i}`, '2018-01-15'),
        STAFF,
      );
    for (let i = 0; i < pupils.length; i++) matcher.match(own(i), STAFF);
    // An adult bearing pupil 3's whole name, met when the pupil was 6: no pupil beyond doubt was connected so young.
    const early: Connection = {
      ...connection(`${pupils[3]!.legalForename} ${pupils[3]!.legalSurname}`, 'mossbank', '2018-06-01'),
      platform: 'tiktok',
    };
    const [found] = matcher.finalise(matcher.match(early, STAFF), early);
    const age = found!.contributions.find((c) => c.code === 'CONNECTED_AT_PUPIL_AGE')!;
    expect(age.args).toMatchObject({ age: '4 to 7', from: 'audit' });
    // Jeffreys' share none of 150 shows, 0.5 / 151, not the floor's one in a hundred.
    expect(age.args!.pupilsShare).toBeCloseTo(0.5 / 151, 3);
  });

  it('learns that this audit’s pupils are on TikTok, 13 or over: a known tally the bench’s m is far from', () => {
    const matcher = createMatcher(pupils, { auditDate: '2026-11-01' });
    const platforms = ['facebook', 'facebook', 'instagram', 'tiktok', 'snapchat', 'x', 'linkedin'];
    for (let i = 0; i < 3000; i++)
      matcher.match(
        {
          ...connection(`Adult${'abcdefghij'[i % 10]} Person${'klmnopqrst'[(i * 3) % 10]}`, `adult${i}`, '2020-01-15'),
          platform: platforms[i % platforms.length]!,
        },
        STAFF,
      );
    for (let i = 0; i < pupils.length; i++) matcher.match(own(i), STAFF);
    const [found] = matcher.finalise(matcher.match(own(0), STAFF), own(0));
    const platform = found!.contributions.find((c) => c.code === 'PLATFORM')!;
    const age = found!.contributions.find((c) => c.code === 'CONNECTED_AT_PUPIL_AGE')!;
    // Every pupil's account is TikTok, connected at 13: m = (150 + 200 × the bench's) / (150 + 200).
    const expected = (bench: number) => (150 + PSEUDO_ACCOUNTS * bench) / (150 + PSEUDO_ACCOUNTS);
    expect(platform.args).toMatchObject({ platform: 'tiktok', from: 'audit' });
    expect(platform.args!.pupilsShare).toBeCloseTo(expected(MODEL_PARAMETERS.presentation.platform.tiktok!), 2);
    expect(age.args).toMatchObject({ age: '13 or over', from: 'audit' });
    expect(age.args!.pupilsShare).toBeCloseTo(expected(MODEL_PARAMETERS.presentation.age.older!.age13up!), 2);
    // u: one account in seven of the lists' is on TikTok.
    expect(platform.args!.listsShare).toBeCloseTo((428 + 150) / 3150, 2);
  });
});
