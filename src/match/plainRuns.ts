/**
 * Most names are plain ASCII with nothing to undo: one pass cuts them into the same words and
 * numbers as foldNameText would, without its regular expressions. Null when the slow path must
 * look (see `plainRuns`).
 */
export function plainPieces(raw: string, display: boolean): string[] | null {
  const lower = raw.toLowerCase();
  piecesOf = lower;
  piecesFound = 0;
  const plain = plainRuns(lower, display, collectPiece);
  piecesOf = '';
  return plain ? PIECES.slice(0, piecesFound) : null;
}

// The pieces of the name under way, gathered here and copied out at their number: no closure, and no array
// grown a piece at a time, for each of a trust's million names (docs/performance.md, perf41).
const PIECES: string[] = [];
let piecesOf = '';
let piecesFound = 0;
function collectPiece(start: number, end: number): void {
  PIECES[piecesFound++] = piecesOf.slice(start, end);
}

/**
 * Calls `run` for each run of letters or of digits in a lower-case name, in order; false, as soon
 * as it is seen, when the name is not plain: other characters than ASCII, apostrophes, or digits
 * and symbols that may stand for letters.
 */
export function plainRuns(
  lower: string,
  display: boolean,
  run: (start: number, end: number, digits: boolean) => void,
): boolean {
  let start = -1;
  let digits = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (
      code >= 0x80 ||
      code === 0x27 ||
      code === 0x60 ||
      code === 0x40 ||
      code === 0x24 ||
      code === 0x21 ||
      code === 0x7c
    )
      return false;
    const letter = code >= 0x61 && code <= 0x7a;
    const digit = code >= 0x30 && code <= 0x39;
    if (start >= 0 && ((digits && !digit) || (!digits && !letter))) {
      // A letter straight after digits (5mith), digits after a letter or two (l30), or in a display
      // name digits touching letters at all (Harr15), may be leetspeak.
      if (digits && letter) return false;
      if (!digits && digit && (display || i - start <= 2)) return false;
      run(start, i, digits);
      start = -1;
    }
    if (start < 0 && (letter || digit)) {
      start = i;
      digits = digit;
    }
  }
  return true;
}
