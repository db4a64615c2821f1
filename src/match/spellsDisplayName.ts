import { readDisplayName } from './nameReadings.js';

/**
 * Whether a handle only spells the display name: its letters (`letters`: the handle's plain reading's words
 * run together, digits aside) are those of a display name of two words or more (`lynnallen631` beside
 * "Lynn Allen", `hunter.kelly53` beside "Hunter Kelly"). The display name shows where the words break and
 * how each is written, so the handle's own cuts of the same letters (`lyn allen`, `b radham` of
 * `mehmet.bradham53`) are no evidence of a name the display name does not give.
 */
export function spellsDisplayName(letters: string, displayName: string | undefined): boolean {
  if (!displayName || letters.length < 4) return false;
  for (const reading of readDisplayName(displayName))
    if (reading.words.length >= 2 && reading.words.join('') === letters) return true;
  return false;
}
