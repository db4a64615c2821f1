import type { FeatureLevels, MatchModel, Presentation } from './matchModel.js';
import { ownPages } from './ownPages.js';
import { LISTS_LEVELS, NONE, type PresentationPair, PresentationPairs } from './PresentationPairs.js';

export type { PresentationPair };

/**
 * How pupils present on this audit's own lists (the m of the platform and of the age when
 * connected), estimated with the prior (the accounts per pupil) by EM over the audit's candidate
 * pairs, as Splink estimates m: the expected count of pupils' accounts at each level is the sum of
 * the posteriors of the pairs showing it. Each distribution is shrunk towards the bench's m by
 * pseudo-accounts, as the prior is by pseudo-pupils.
 *
 * Identifiability: name evidence alone cannot tell an adult bearing a pupil's exact name from the
 * pupil, so pairs in doubt pull m towards their spread, namesakes' or pupils'; m is therefore counted
 * on the pairs beyond doubt by default (CERTAIN_BITS; measured in docs/match-model-figures.md).
 */

export interface PresentationEstimate {
  accountsPerPupil: number;
  presentation: Presentation;
  /** Expected pupils' accounts among the candidates (the sum of posteriors) the estimate rests on. */
  pupilsAccounts: number;
}

/** Pupils' accounts' worth of weight the bench's m keeps in each distribution (platform; age per stage). */
export const PSEUDO_ACCOUNTS = 200;
/**
 * m is counted on the pairs the other evidence alone puts beyond reasonable doubt (P ≥ 0.99 without
 * the platform and age terms): given that the account is the pupil, the name does not depend on the
 * platform or the date (the model's conditional independence), so they show how pupils present,
 * while pairs in doubt (a pupil's bare name) may be namesakes and would pull m towards their spread.
 */
export const CERTAIN_BITS = Math.log2(99);
/** Fewer other accounts with a handle than this among the candidates, and how many lists hold an account is not weighed. */
export const LEAST_LISTS_ACCOUNTS = 50;
/** Pupils' worth of weight the bench's accounts per pupil keeps in the EM estimate. */
const PSEUDO_PUPILS = 50;

/** The accounts per pupil the expected pupils' accounts imply, shrunk towards `start` and bounded. */
function nextAccountsPerPupil(expected: number, pupils: number, start: number, most: number): number {
  return Math.min(most, Math.max(0.002, (expected + PSEUDO_PUPILS * start) / (pupils + PSEUDO_PUPILS)));
}

/** A distribution's expected counts shrunk towards the bench's shares by `PSEUDO_ACCOUNTS`. */
function shrunk(counts: Map<string, number>, bench: Record<string, number>): Record<string, number> {
  const levels = [...new Set([...Object.keys(bench), ...counts.keys()])].sort();
  let total = 0;
  for (const c of counts.values()) total += c;
  const benchTotal = levels.reduce((sum, l) => sum + (bench[l] ?? 0), 0) || 1;
  return Object.fromEntries(
    levels.map((l) => [
      l,
      ((counts.get(l) ?? 0) + (PSEUDO_ACCOUNTS * (bench[l] ?? 0)) / benchTotal) / (total + PSEUDO_ACCOUNTS),
    ]),
  );
}

/**
 * EM: posteriors of every account's candidates under the current prior and m, then the prior and
 * m that make them expected, until neither moves. `groups`: per distinct account, its candidates.
 */
export function estimatePresentation(
  model: MatchModel,
  groups: PresentationPairs | readonly (readonly PresentationPair[])[],
  pupils: number,
  accounts = Infinity,
  /** `all`: every pair weighs in by its posterior (Splink's EM), in doubt or not; `certain`: see CERTAIN_BITS. */
  counting: 'certain' | 'all' = 'certain',
): PresentationEstimate {
  const pairs = groups instanceof PresentationPairs ? groups : PresentationPairs.of(groups);
  const bench = model.parameters.presentation;
  const start = model.parameters.accountsPerPupil;
  // The pupils' accounts are at most half of all the accounts.
  const most = Math.min(5, accounts / Math.max(1, 2 * pupils));
  let rho = Math.min(start, most);
  let presentation: Presentation = bench;
  let pupilsAccounts = 0;
  const platformCounts = new Float64Array(pairs.platforms.length);
  const ageCounts = new Float64Array(pairs.ages.length);
  // How many members of staff hold the account: m counted as the others' on pairs beyond doubt; u on
  // the accounts a pupil's name brings up, each weighed by how likely it is to be nobody's on the roll.
  const listsMCounts = new Float64Array(LISTS_LEVELS.length);
  const listsUCounts = new Float64Array(LISTS_LEVELS.length);
  const listsLevels = LISTS_LEVELS.map((lists) => ({ lists }) as FeatureLevels);
  // In pages of their own (`ownPages`): trust-wide 6 MB, made at the peak.
  const logOdds = ownPages(Float64Array, pairs.size);
  for (let iteration = 0; iteration < 100 && pupils > 0; iteration++) {
    const bits = Math.log2(rho);
    // log2 m of each learnt level, as `MatchModel` weighs it (floors and all).
    const logPlatformM = pairs.platforms.map((levels) => Math.log2(model.platformM(levels, presentation)!));
    const logAgeM = pairs.ages.map((levels) => Math.log2(model.ageM(levels, presentation)));
    const logListsBits = listsLevels.map((levels) => {
      const mu = model.listsMU(levels, presentation);
      return mu ? Math.log2(mu[0] / mu[1]) : 0;
    });
    platformCounts.fill(0);
    ageCounts.fill(0);
    listsMCounts.fill(0);
    listsUCounts.fill(0);
    pupilsAccounts = 0;
    let from = 0;
    for (let g = 0; g < pairs.groups; g++) {
      const to = pairs.groupEnd[g]!;
      // Posteriors shared within the account (as `posteriors`), scaled by 2^-top against overflow.
      let top = 0;
      for (let i = from; i < to; i++) {
        let l = pairs.base[i]! + bits;
        const platform = pairs.platform[i]!;
        const age = pairs.age[i]!;
        if (platform !== NONE) l += logPlatformM[platform]! - pairs.logPlatformShare[i]!;
        if (age !== NONE) l += logAgeM[age]! - pairs.logAgeShare[i]!;
        const lists = pairs.lists[i]!;
        if (lists !== NONE) l += logListsBits[lists]!;
        logOdds[i] = l;
        if (l > top) top = l;
      }
      let total = 2 ** -top;
      for (let i = from; i < to; i++) total += 2 ** (logOdds[i]! - top);
      let accountIsPupil = 0;
      for (let i = from; i < to; i++) {
        const p = 2 ** (logOdds[i]! - top) / total;
        pupilsAccounts += p;
        accountIsPupil += p;
        if (counting === 'certain' && pairs.base[i]! + bits < CERTAIN_BITS) continue;
        const platform = pairs.platform[i]!;
        const age = pairs.age[i]!;
        const lists = pairs.lists[i]!;
        if (platform !== NONE) platformCounts[platform]! += p;
        if (age !== NONE) ageCounts[age]! += p;
        if (lists !== NONE) listsMCounts[lists]! += p;
      }
      // The account's level is the same for each of its candidates.
      const lists = to > from ? pairs.lists[from]! : NONE;
      if (lists !== NONE) listsUCounts[lists]! += Math.max(0, 1 - accountIsPupil);
      from = to;
    }
    const platform = new Map<string, number>();
    pairs.platforms.forEach((levels, i) => {
      platform.set(levels.platform, platformCounts[i]!);
    });
    const age = new Map<string, Map<string, number>>();
    pairs.ages.forEach((levels, i) => {
      const stage = age.get(levels.stage) ?? new Map<string, number>();
      stage.set(levels.age, ageCounts[i]!);
      age.set(levels.stage, stage);
    });
    const next: Presentation = {
      platform: shrunk(platform, bench.platform),
      age: Object.fromEntries(
        Object.keys(bench.age).map((stage) => [stage, shrunk(age.get(stage) ?? new Map(), bench.age[stage]!)]),
      ),
      ...listsEstimate(listsMCounts, listsUCounts),
      ageAccounts: accountsByStage(age),
    };
    const nextRho = nextAccountsPerPupil(pupilsAccounts, pupils, start, most);
    const moved = Math.max(Math.abs(Math.log2(nextRho / rho)), largestChange(presentation, next));
    rho = nextRho;
    presentation = next;
    if (moved < 0.005) break;
  }
  return { accountsPerPupil: rho, presentation, pupilsAccounts };
}

/** The largest change of any m, in bits. */
function largestChange(a: Presentation, b: Presentation): number {
  let most = 0;
  const compare = (x: Record<string, number>, y: Record<string, number>) => {
    for (const k of Object.keys(y)) most = Math.max(most, Math.abs(Math.log2((y[k]! + 1e-6) / ((x[k] ?? 0) + 1e-6))));
  };
  compare(a.platform, b.platform);
  for (const stage of Object.keys(b.age)) compare(a.age[stage] ?? {}, b.age[stage]!);
  if (b.lists) compare(a.lists ?? {}, b.lists);
  if (b.listsShare) compare(a.listsShare ?? {}, b.listsShare);
  return most;
}

/**
 * m and u of how many members of staff hold the account, from the audit alone: where the bench
 * places pupils' accounts is its generator's choice. u is counted on the accounts pupils' names
 * bring up, each by how likely it is to be nobody's on the roll (thousands in any school); m leans
 * towards u by `PSEUDO_ACCOUNTS`, so the term weighs only what the audit's pupils beyond doubt show.
 */
function listsEstimate(mCounts: Float64Array, uCounts: Float64Array): Pick<Presentation, 'lists' | 'listsShare'> {
  let total = 0;
  for (const c of uCounts) total += c;
  // Too few other accounts to tell how often they are on several lists: not weighed.
  if (total < LEAST_LISTS_ACCOUNTS) return {};
  const listsShare = Object.fromEntries(LISTS_LEVELS.map((level, i) => [level, uCounts[i]! / Math.max(1e-9, total)]));
  return { lists: shrunk(levelCounts(mCounts), listsShare), listsShare };
}

/** The expected pupils' accounts beyond doubt the age m was counted on, by stage. */
function accountsByStage(age: ReadonlyMap<string, ReadonlyMap<string, number>>): Record<string, number> {
  const byStage: Record<string, number> = {};
  for (const [stage, counts] of age) byStage[stage] = [...counts.values()].reduce((sum, c) => sum + c, 0);
  return byStage;
}

/** Expected counts per `lists` level, by name. */
function levelCounts(counts: Float64Array): Map<string, number> {
  return new Map(LISTS_LEVELS.map((level, i) => [level, counts[i]!]));
}
