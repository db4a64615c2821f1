import type { NameEvidence } from './evidence.js';
import type { IndexedPupil } from './IndexedPupil.js';
import type { Reading } from './Reading.js';

/** Names shorter than this are found inside too many other words (`amy` in `gamer`). */
const SHORTEST_NAME_INSIDE = 4;

/** Whether a handle's letters carry the pupil's whole forename or whole surname. */
export function carriesWholeName(letters: string, pupil: IndexedPupil): boolean {
  if (letters.length < SHORTEST_NAME_INSIDE) return false;
  const surname = pupil.surnames[0];
  if (surname !== undefined && surname.length >= SHORTEST_NAME_INSIDE && letters.includes(surname)) return true;
  return pupil.forenames.some((name) => name.length >= SHORTEST_NAME_INSIDE && letters.includes(name));
}

/**
 * Whether a handle's letters carry a word of the display name that named the pupil with nothing
 * unexplained: the account's own form of the name (`jamie_84kir` beside "Jamie Kirby", read as
 * James), so that its digits stand beside a name.
 */
export function carriesDisplayName(letters: string, display: Reading | undefined, evidence: NameEvidence): boolean {
  if (!display || evidence.unexplained > 0 || letters.length < SHORTEST_NAME_INSIDE) return false;
  return display.words.some((word) => word.length >= SHORTEST_NAME_INSIDE && letters.includes(word));
}
