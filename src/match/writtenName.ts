import type { Pupil } from '../model/records.js';
import { pairEntry } from './indexEntries.js';
import type { WrittenFacts } from './matchModel.js';
import type { NameTerms } from './NameTerms.js';
import type { PupilIndex } from './PupilIndex.js';
import { plainWords } from './plainWords.js';
import { FORE_PREFERRED, SUR_PREFERRED } from './pupilNameForms.js';
import { firstWord } from './TrustRoll.js';
import { isYearGroup } from './yearEvidence.js';

/**
 * Forename levels at which the account spells the pupil's forename otherwise: another spelling of
 * the same name (Shaun for Sean, Youssef for Yusuf), which adults bear as their own. Not a short form
 * or another language's counterpart (Tom, Victoria for Wiktoria): a pupil goes by those every day.
 */
const NEAR_FORE: ReadonlySet<string> = new Set(['variant']);

/**
 * The whole name the display name is written with, where it is another person's whole name near
 * the pupil's: another spelling of the forename (`NEAR_FORE`) beside the whole surname (Youssef
 * Ahmed for Yusuf Ahmed), or the forename beside half a double-barrelled surname (Olivia Taylor for
 * Olivia Taylor-Wood). As the lists tally names (first and last word, or last and first about a
 * comma), so that the lists' count of it can be asked for. Undefined otherwise, and where the
 * handle's digits are the pupil's.
 */
export function writtenName(
  displayName: string | undefined,
  levels: NamedLevels,
  pupil: { forenames: readonly string[]; surname: string; surnameWords: readonly string[] },
): [string, string] | undefined {
  if (!displayName || !nearName(levels)) return undefined;
  const spelt = NEAR_FORE.has(levels.fore);
  const words = plainWords(displayName);
  if (words.length < 2) return undefined;
  // Read back to front without a comma (`Graham Jackson` for Jackson Graham): the name as written is a given name and a surname.
  if (levels.order === 'orderInDoubt') return [words[0]!, words[words.length - 1]!];
  const [fore, sur] = displayName.includes(',')
    ? [words[words.length - 1]!, words[0]!]
    : [words[0]!, words[words.length - 1]!];
  if (spelt) {
    // The lists tally a name by its first and last word: beside a double-barrelled surname written
    // whole, that count is of another, commoner name (Khaled Thomas for Khaled Todgate-Thomas).
    const wholeDouble = words.some((w, i) => i > 0 && i < words.length - 1 && pupil.surnameWords.includes(w));
    return sur === pupil.surname && !wholeDouble && !pupil.forenames.includes(fore) ? [fore, sur] : undefined;
  }
  return pupil.forenames.includes(fore) && sur !== pupil.surname && pupil.surnameWords.includes(sur)
    ? [fore, sur]
    : undefined;
}

/** The levels `writtenName` reads: the name's agreement, the handle's digits and the order the name is read in. */
export type NamedLevels = { fore: string; sur: string; digits: string; order?: string };

/** Whether a pair's levels are those of another person's whole name near the pupil's (`writtenName`): asked first, cheaply. */
export function nearName(levels: NamedLevels): boolean {
  // A handle carrying the pupil's birth year or year group speaks for the pupil whoever else bears the name.
  if (levels.digits === 'dob' || isYearGroup(levels.digits)) return false;
  const exactFore = levels.fore === 'legal' || levels.fore === 'preferred';
  const exactSur = levels.sur === 'full' || levels.sur === 'preferred';
  return (
    (NEAR_FORE.has(levels.fore) && exactSur) ||
    (exactFore && levels.sur === 'part') ||
    (exactFore && exactSur && levels.order === 'orderInDoubt')
  );
}

/**
 * What these lists say of the whole name the display name writes near the pupil's (`writtenName`):
 * its forename's and surname's shares and the other accounts bearing it (in a trust too, what the
 * account's own school's lists show, not a name common somewhere in the trust). Undefined unless two
 * bear it (one may be the pupil's own on another platform), or where a pupil on the roll bears it (the
 * accounts bearing it may be theirs). A name read back to front (`ORDER_IN_DOUBT`) is weighed by the name as
 * written even where no other account bears it.
 */
export function writtenFacts(
  displayName: string | undefined,
  levels: NamedLevels,
  pupil: Pupil,
  [fore, sur]: [string, string],
  terms: Pick<NameTerms, 'wholeCount' | 'shares'>,
  index: Pick<PupilIndex, 'idOf' | 'pair'>,
): WrittenFacts | undefined {
  const written = writtenName(displayName, levels, {
    forenames: [fore, firstWord(pupil.preferredForename)],
    surname: sur,
    surnameWords: plainWords(`${pupil.legalSurname} ${pupil.preferredSurname ?? ''}`),
  });
  if (!written) return undefined;
  const [f, s] = written;
  const others = terms.wholeCount(f, s) - 1;
  // A name read back to front is weighed by the name as written however few bear it: that is its plain reading.
  const plainReading = levels.order === 'orderInDoubt';
  if ((others < 2 && !plainReading) || pupilsName(f, s, index)) return undefined;
  const shares = terms.shares(f, s, true, displayName);
  return { forenameShare: shares.forename, surnameShare: shares.surname, otherAccounts: others };
}

/** Whether a pupil on the roll bears this forename and surname (as on the roll or preferred). */
function pupilsName(f: string, s: string, index: Pick<PupilIndex, 'idOf' | 'pair'>): boolean {
  const foreId = index.idOf(f);
  const surId = index.idOf(s);
  if (foreId < 0 || surId < 0) return false;
  const entries = index.pair(foreId, surId) ?? [];
  return entries.some((e) => pairEntry.fore(e) <= FORE_PREFERRED && pairEntry.sur(e) <= SUR_PREFERRED);
}
