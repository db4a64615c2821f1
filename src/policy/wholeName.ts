import { type FeatureLevels, type Presentation, seldomConnectedAt, seldomOnPlatform } from '../match/matchModel.js';

/**
 * The account bears the pupil's whole name (a forename of theirs as on the roll or preferred, and
 * the whole surname) and nothing on it points to somebody else: no words the name leaves
 * unexplained, no title or trade, no two digits of an adult's birth year, not connected before the
 * pupil was 4, not under the platform's minimum age, and (given how pupils present on these lists,
 * `presentation`) neither connected at an age nor on a platform at which the audit's own pupils'
 * accounts beyond doubt hardly ever are (`seldomConnectedAt`, `seldomOnPlatform`). How common the
 * name is on the lists may make it unlikely, never impossible: such an account is worth a look
 * (`judgeConnection`).
 */
export function bearsWholeName(levels: Partial<FeatureLevels>, presentation?: Presentation): boolean {
  return (
    (levels.fore === 'legal' || levels.fore === 'preferred') &&
    (levels.sur === 'full' || levels.sur === 'preferred') &&
    // Read back to front though the name as written is a name too (`Kelly Lewis` for Lewis Kelly): no
    // whole name, as `readsWholeName` says; the probability decides.
    levels.order !== 'orderInDoubt' &&
    nothingAgainst(levels, presentation)
  );
}

/**
 * Nothing on the account points to somebody else than a pupil whose name it bears (see `bearsWholeName`):
 * no words unexplained (words set off beside the name, a bio, are no other person's), no title, trade or job (a
 * hobby is as often a child's), no adult's two-digit year, not connected under 4 or under
 * the platform's age, not presented as the audit's pupils hardly ever are.
 */
export function nothingAgainst(levels: Partial<FeatureLevels>, presentation?: Presentation): boolean {
  return (
    (levels.unexplained === '0' || levels.unexplained === 'bio') &&
    // A hobby (nails, photos, fitness) a child writes beside her name as often as an adult's business does.
    (levels.adultWords === 'no' || levels.adultWords === 'hobby') &&
    levels.digits !== 'olderTwoDigit' &&
    levels.age !== 'under4' &&
    levels.underPlatform === 'no' &&
    !(presentation && seldomPresented(levels, presentation))
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
