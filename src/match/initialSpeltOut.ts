import { FILLER } from './data/fillerAndAdultWords.js';
import { plainWords } from './plainWords.js';
import { editDistanceWithin, isOneEdit } from './typos.js';

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
 * The handle's own separators end the word (fr50): `max_watthorpe_` is Watthorpe, no Ward with a word run on; the
 * forename's initial standing alone carries it as well as the forename (`e_wheeler` beside "Emily W").
 */
export function initialSpeltOut(
  displayName: string | undefined,
  handle: string | undefined,
  names: readonly string[],
): boolean {
  if (!displayName || !handle) return false;
  const first = plainWords(displayName)[0];
  if (first === undefined) return false;
  const runs = handle
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((run) => run.length > 0 && !FILLER.has(run));
  const after = wordAfter(runs, first);
  if (after === undefined) return false;
  // Kisses and hugs run onto the end are decoration, not letters of the name.
  const word = after.word.replace(/[xo]+$/, '');
  if (word.length <= SPELT_OUT) return false;
  const own = names.filter((name) => name.length > 0);
  if (!own.some((name) => name[0] === word[0])) return false;
  return !own.some((name) => name.startsWith(word) || spells(word, name, after.separated));
}

/**
 * The handle's word after the display name's first word (`emily_wheeler472`, `emilywheeler`), or after its initial
 * standing alone (`e_wheeler`): up to the handle's next separator; `separated` where one stands before it too.
 */
function wordAfter(runs: readonly string[], first: string): { word: string; separated: boolean } | undefined {
  const letters = runs.join('');
  const at = letters.indexOf(first);
  if (at < 0) {
    const initial = runs.findIndex((run, i) => run === first[0] && i + 1 < runs.length);
    return initial < 0 ? undefined : { word: runs[initial + 1]!, separated: true };
  }
  const from = at + first.length;
  let end = 0;
  let separated = false;
  for (const run of runs) {
    if (end === from) separated = true;
    end += run.length;
    if (end > from) break;
  }
  return { word: letters.slice(from, end), separated };
}

/**
 * The handle's word is the pupil's name: within two edits of it whole, or (run on to the forename, where nothing
 * shows where it ends) the name with one slip and more run on after it. Two edits in a prefix the name's length
 * are any name that begins alike (`crowhill` read as Cook, `bromgate` as Brown).
 */
function spells(word: string, name: string, separated: boolean): boolean {
  if (editDistanceWithin(word, name, SPELLING)) return true;
  if (separated || word.length <= name.length) return false;
  // The name's length, one more or one less: one slip may add or drop a letter.
  return [0, 1, -1].some((more) => {
    const prefix = word.slice(0, name.length + more);
    return prefix === name || isOneEdit(prefix, name);
  });
}
