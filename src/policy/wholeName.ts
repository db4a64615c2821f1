import { type FeatureLevels, type Presentation, seldomConnectedAt } from '../match/matchModel.js';

/**
 * The account bears the pupil's whole name (a forename of theirs as on the roll or preferred, and
 * the whole surname) and nothing on it points to somebody else: no words the name leaves
 * unexplained, no title or trade, no two digits of an adult's birth year, not connected before the
 * pupil was 4, not under the platform's minimum age, and (given how pupils present on these lists,
 * `presentation`) not connected at an age at which the audit's own pupils' accounts hardly ever
 * were (`seldomConnectedAt`). How common the name is on the lists may make it unlikely, never
 * impossible: such an account is worth a look (`judgeConnection`).
 */
export function bearsWholeName(levels: Partial<FeatureLevels>, presentation?: Presentation): boolean {
  return (
    (levels.fore === 'legal' || levels.fore === 'preferred') &&
    (levels.sur === 'full' || levels.sur === 'preferred') &&
    levels.unexplained === '0' &&
    levels.adultWords === 'no' &&
    levels.digits !== 'olderTwoDigit' &&
    levels.age !== 'under4' &&
    levels.underPlatform === 'no' &&
    !(
      presentation &&
      levels.age !== undefined &&
      levels.stage !== undefined &&
      seldomConnectedAt({ age: levels.age, stage: levels.stage }, presentation)
    )
  );
}
