/**
 * Levels of one feature that say more of the same, in order (more words the pupil's name leaves unexplained is never
 * less evidence against the pupil): a fitted weight must not rise along them. Where a level's weight rises above the
 * one before it (the fit had too few pairs at either to tell them apart), the two are pooled, as pool-adjacent-
 * violators does in an isotonic fit: the later level is merged into the earlier and the fit rerun.
 */
export const ORDERED = { unexplained: ['0', '1', '2+'] };

/**
 * The merges the fitted weights `at(feature, level)` call for, as [`feature.level`, the level it is pooled with]:
 * the first level along each order whose weight rises above the one before it, levels already merged skipped
 * (read as the level they were merged into) and levels without a weight (not fitted) left alone.
 */
export function risingLevels(at, merged, ordered = ORDERED) {
  const merges = [];
  for (const [feature, levels] of Object.entries(ordered)) {
    let before;
    for (const level of levels) {
      if (merged.has(`${feature}.${level}`)) continue;
      const weight = at(feature, level);
      if (weight === undefined) continue;
      if (before !== undefined && weight > before.weight) {
        merges.push([`${feature}.${level}`, before.level]);
        break;
      }
      before = { level, weight };
    }
  }
  return merges;
}
