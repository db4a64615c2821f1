import { FILLER } from './data/fillerAndAdultWords.js';
import { plainWords } from './plainWords.js';
import { editDistanceWithin } from './typos.js';

/** Letters after the initial that make it a word of its own, not a decoration (`emily_wxo`). */
const SPELT_OUT = 3;
/** Edits within which the handle's word is taken for a spelling of the pupil's name (Wathem for Watham, Kowalski for Kowalska). */
const SPELLING = 2;

/**
 * Whether the initial after the display name's first word (`Emily W`; `Thomas S` read surname first) is spelt
 * out by the handle as another name of that letter (`emily_wheeler472`, `jamiecarterxo` beside "Jamie C",
 * `thomasstanwell01` beside "Thomas S"): the account names its owner outright, Emily Wheeler, and the display
 * name shortens it. `names`: the pupil's names the initial was read as (surnames, or forenames read surname first).
 * Only where the handle carries the display name's first word and after it the initial with a word that is none of
 * those names, nor a spelling or a shortening of one, with or without a word after it (`emily_w`, `emilywat`,
 * `emilywathem2012`, `emily_wathem_art` are the pupil's). Names that only begin alike are not the same (Hazelgate, Hazelwell).
 */
export function initialSpeltOut(
  displayName: string | undefined,
  handle: string | undefined,
  names: readonly string[],
): boolean {
  if (!displayName || !handle) return false;
  const first = plainWords(displayName)[0];
  if (first === undefined) return false;
  const letters = handle
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((run) => !FILLER.has(run))
    .join('');
  const at = letters.indexOf(first);
  if (at < 0) return false;
  // Kisses and hugs run onto the end are decoration, not letters of the name.
  const rest = letters.slice(at + first.length).replace(/[xo]+$/, '');
  if (rest.length <= SPELT_OUT) return false;
  const own = names.filter((name) => name.length > 0);
  if (!own.some((name) => name[0] === rest[0])) return false;
  // The name's length of the rest, so that a word run on after it (`emily_wathem_art`) changes nothing.
  return !own.some((name) => name.startsWith(rest) || editDistanceWithin(rest.slice(0, name.length), name, SPELLING));
}
