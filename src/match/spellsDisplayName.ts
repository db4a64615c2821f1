import { readDisplayName } from './nameReadings.js';

/**
 * Whether a handle only spells the display name: its letters (`letters`: the handle's plain reading's words
 * run together, digits aside) are those of a display name of two words or more (`lynnallen631` beside
 * "Lynn Allen", `hunter.kelly53` beside "Hunter Kelly"). The display name shows where the words break and
 * how each is written, so the handle's own cuts of the same letters (`lyn allen`, `b radham` of
 * `mehmet.bradham53`) are no evidence of a name the display name does not give.
 */
export function spellsDisplayName(letters: string, displayName: string | undefined): boolean {
  return handleSpelling(letters, displayName) === 'yes';
}

/**
 * `yes` where the handle only spells the display name (as `spellsDisplayName`), `no` where the account has a
 * handle of letters beside a display name of two words or more that it does not spell (`cookie.wolf`,
 * `aryan_b` beside "Aryan Bains"), undefined where there is no such pair to tell (no handle, a display name
 * of one word): the account's level of `spells`, whose m and u the audit counts on its own pairs.
 */
export function handleSpelling(letters: string, displayName: string | undefined): 'yes' | 'no' | undefined {
  if (!displayName || letters.length < 4) return undefined;
  let words = false;
  for (const reading of readDisplayName(displayName)) {
    if (reading.words.length < 2) continue;
    if (reading.words.join('') === letters) return 'yes';
    words = true;
  }
  return words ? 'no' : undefined;
}
