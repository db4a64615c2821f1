/**
 * Whether a display name is a word and one letter (`Sarah K`, `sarah k.`, `Sarah K 🌸`): how people
 * who keep their surname off a profile write it. Counted once per account on each audit's lists
 * (`NameTerms`), so that the surname's initial is weighed by how often *these* lists' adults write
 * so, not the bench's (`MatchModel.listTerms`). Letters are any script's; anything else separates.
 */
export function isForenameAndInitial(displayName: string): boolean {
  let first = 0;
  let second = 0;
  let runs = 0;
  let length = 0;
  for (let i = 0; i <= displayName.length; i++) {
    const code = i < displayName.length ? displayName.charCodeAt(i) : 0;
    // Beyond ASCII (accents, other scripts, emoji): read by Unicode's classes instead.
    if (code > 0x7f) return forenameAndInitialByClasses(displayName);
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
      if (length++ === 0 && ++runs > 2) return false;
      continue;
    }
    if (length > 0) {
      if (runs === 1) first = length;
      else second = length;
    }
    length = 0;
  }
  return runs === 2 && first >= 2 && second === 1;
}

/** The rule by Unicode's classes, for any text: letter runs (with their marks), two, the first of two or more letters and the second of one. */
export function forenameAndInitialByClasses(displayName: string): boolean {
  const runs = displayName.normalize('NFC').match(LETTER_RUNS);
  return (
    runs !== null &&
    runs.length === 2 &&
    [...runs[0]!.replace(MARKS, '')].length >= 2 &&
    [...runs[1]!.replace(MARKS, '')].length === 1
  );
}

const LETTER_RUNS = /\p{L}[\p{L}\p{M}]*/gu;
const MARKS = /\p{M}/gu;
