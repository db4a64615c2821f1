import type { FeatureLevels } from './features.js';
import type { Presentation } from './ModelParameters.js';

// How pupils present (m) on the platform, by age and by the staff lists holding the account: the
// estimates' floors, and the rules no estimate overrides.

/**
 * m is never taken below this: the bench's choice of where pupils appear is not a law of nature, and
 * an audit's own estimate of a level few pairs show is rough (docs/match-model-figures.md, 5 Dec).
 */
const LEAST_M = 0.01;
/** m of a level a rule rules out (before 4; under a platform's minimum age): one in ten thousand at most. */
const RULED_OUT_M = LEAST_M / 100;
/** The least m a platform is taken to have: one the bench planted no pupil on (LinkedIn from 16), one in 200. */
const LEAST_PLATFORM_M = LEAST_M / 2;

/**
 * m of the pair's platform: how often a pupil's own account is on it (undefined: `other` or none
 * named, which says nothing either way).
 */
export function platformMOf(levels: Pick<FeatureLevels, 'platform' | 'underPlatform'>, presentation: Presentation) {
  if (levels.platform === 'other') return undefined;
  // Under a platform's minimum age that it keeps to (LinkedIn's 16), a child is there one time in
  // ten thousand at most: a rule, not learnt (the audit's own pairs there are adults' by the rule's own reading).
  if (levels.underPlatform === 'yes') return RULED_OUT_M;
  // A platform the bench planted no pupil on is learnt from the audit's pairs, down to its floor.
  return Math.max(LEAST_PLATFORM_M, presentation.platform[levels.platform] ?? 0);
}

/**
 * Whether pupils' own accounts are hardly ever connected at the pair's age, as estimated on the
 * audit's own pairs beyond doubt (`presentation`): before 4 (a rule), or where the estimate of m is
 * no higher than its floor, the least m taken (for older pupils, 4–7 when the audit's pupils beyond
 * doubt show none then). Such a date points to somebody else: an adult of the name, or a parent's account.
 */
export function seldomConnectedAt(levels: Pick<FeatureLevels, 'age' | 'stage'>, presentation: Presentation): boolean {
  if (levels.age === 'under4') return true;
  const m = presentation.age[levels.stage]?.[levels.age];
  return m !== undefined && m <= LEAST_M;
}

/**
 * Whether pupils' own accounts are hardly ever on the pair's platform, as estimated on the audit's
 * own pairs beyond doubt: under its minimum age (a rule), or where the estimate of m is no higher
 * than the least m a platform is taken to have (LinkedIn, when none of the audit's pupils beyond
 * doubt is there). `other`, or no platform named, says nothing either way.
 */
export function seldomOnPlatform(
  levels: Pick<FeatureLevels, 'platform' | 'underPlatform'>,
  presentation: Presentation,
): boolean {
  const m = platformMOf(levels, presentation);
  return m !== undefined && m <= LEAST_PLATFORM_M;
}

/** The least m or u of a `lists` level: a share estimated on a few thousand accounts is rough below one in a thousand. */
const LEAST_LISTS_U = 0.001;

/** m and u of the pair's `lists` level (how many members of staff hold the account), or undefined: not weighed. */
export function listsMU(
  levels: Pick<FeatureLevels, 'lists'>,
  presentation: Presentation,
): [number, number] | undefined {
  const u = presentation.listsShare?.[levels.lists];
  if (u === undefined) return undefined;
  // Until the audit's own pupils beyond doubt are counted, m is u: the bench's placing of pupils says nothing.
  const m = presentation.lists?.[levels.lists] ?? u;
  return [Math.max(LEAST_LISTS_U, m), Math.max(LEAST_LISTS_U, u)];
}

/** m of the pair's age when connected, for the pupil's stage. */
export function ageMOf(levels: Pick<FeatureLevels, 'age' | 'stage'>, presentation: Presentation): number {
  // Before 4 a child has no account of their own (one in ten thousand at most): one a parent
  // runs is the parent's. Not learnt: the bench's dates are the generator's choice.
  if (levels.age === 'under4') return RULED_OUT_M;
  // From 4, some children have an account a parent set up (the bench plants none before 8 for
  // older pupils): how many is learnt from the audit's own pairs, one in a hundred at least (it was
  // one in twenty while m was the bench's alone), or less where the audit's own pupils say so (`leastAgeM`).
  return Math.max(leastAgeM(levels.stage, presentation), presentation.age[levels.stage]?.[levels.age] ?? 0);
}

/**
 * The least age m taken for a stage: `LEAST_M`, or, where the audit's own pupils' accounts beyond doubt are many
 * (`ageAccounts`), what none of them at an age says of it: Jeffreys' estimate of a share none of n shows, 0.5 / (n + 1)
 * (fr45: on 400 pupils' accounts beyond doubt, none connected at 4–7, m there is about one in 800, not one in 100).
 */
function leastAgeM(stage: string, presentation: Presentation): number {
  const accounts = presentation.ageAccounts?.[stage];
  return accounts === undefined ? LEAST_M : Math.min(LEAST_M, 0.5 / (accounts + 1));
}
