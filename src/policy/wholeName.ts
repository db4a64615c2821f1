import { type FeatureLevels, type Presentation, seldomConnectedAt, seldomOnPlatform } from '../match/matchModel.js';
import type { Contribution } from '../model/report.js';

/**
 * The date is against the pupil when this audit's own figures weigh it at this many bits or fewer: its
 * pupils' accounts are connected at that age at most a quarter as often as its lists' accounts are
 * (an adult bearing an older pupil's name, met when the pupil was 4 to 7). The audit's estimate of how
 * often, counted on accounts bearing pupils' names, rises with the namesakes it should tell apart, so
 * that such an age may not be `seldomConnectedAt` where its weight still speaks against the pupil.
 */
export const DATE_AGAINST_BITS = -2;

/**
 * The account bears the pupil's whole name (a forename of theirs as on the roll or preferred, and
 * the whole surname) and nothing on it points to somebody else: no words the name leaves
 * unexplained, no title or trade, no two digits of an adult's birth year, not connected before the
 * pupil was 4, not under the platform's minimum age, and (given how pupils present on these lists,
 * `presentation`) neither connected at an age nor on a platform at which the audit's own pupils'
 * accounts beyond doubt hardly ever are (`seldomConnectedAt`, `seldomOnPlatform`), and not connected at an
 * age its figures weigh against the pupil (`contributions`: DATE_AGAINST_BITS or fewer). How common the
 * name is on the lists may make it unlikely, never impossible: such an account is worth a look
 * (`judgeConnection`).
 */
export function bearsWholeName(
  levels: Partial<FeatureLevels>,
  presentation?: Presentation,
  contributions: readonly Contribution[] = [],
): boolean {
  return (
    (levels.fore === 'legal' || levels.fore === 'preferred') &&
    (levels.sur === 'full' || levels.sur === 'preferred') &&
    levels.unexplained === '0' &&
    levels.adultWords === 'no' &&
    levels.digits !== 'olderTwoDigit' &&
    levels.age !== 'under4' &&
    levels.underPlatform === 'no' &&
    !(presentation && seldomPresented(levels, presentation)) &&
    !contributions.some((c) => c.code === 'CONNECTED_AT_PUPIL_AGE' && c.weight <= DATE_AGAINST_BITS)
  );
}

/** Connected at an age, or on a platform, at which the audit's own pupils' accounts beyond doubt hardly ever are. */
function seldomPresented(levels: Partial<FeatureLevels>, presentation: Presentation): boolean {
  const { age, stage, platform, underPlatform } = levels;
  return (
    (age !== undefined && stage !== undefined && seldomConnectedAt({ age, stage }, presentation)) ||
    (platform !== undefined &&
      underPlatform !== undefined &&
      seldomOnPlatform({ platform, underPlatform }, presentation))
  );
}
