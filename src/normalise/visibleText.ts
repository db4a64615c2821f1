/**
 * A name as a screen would show its letters: without terminal escape sequences (whole, as ECMA-48
 * reads them, not just the ESC byte), control characters, and the code points Unicode says are
 * drawn as nothing (Default_Ignorable_Code_Point: zero-width spaces and joiners, bidi embeddings,
 * overrides and isolates, soft hyphens, variation selectors, tag characters, Hangul fillers…), what
 * a right-to-left override holds in the order a person reads it (`orderRead`: as drawn, but mirror
 * writing as typed), and a formula's text as a spreadsheet shows it (`formulaShown`). A hostile exporter or a pupil's own decoration must not
 * hide the name from the matcher.
 */
import { REORDERS } from './drawnOrder.js';
import { formulaShown, isFormula } from './formulaShown.js';
import { orderRead } from './orderRead.js';

/** Anything `visibleText` may change: most names have none, and are returned as they came. */
const MAY_HIDE = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Escape sequences, each whole. CSI (`ESC [` or C1 0x9B): parameters, intermediates and the final
 * byte. Control strings (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`, or their C1
 * bytes) up to BEL or ST: OSC 8 hyperlinks and window titles. An unterminated one loses only its
 * introducer below, so that what follows is still read (a missed pupil costs more than a stray
 * word). Any other `ESC` with its intermediates and final byte (`ESC ( B`, `ESC 7`).
 */
const SEQUENCES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this removes.
  /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
/** Controls a screen shows as a gap: tab, line and page breaks, NEL. */
const GAPS = /[\t\n\v\f\r\x85]/g;
const HIDDEN = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;

export function visibleText(raw: string): string {
  if (isFormula(raw)) return hiddenTakenOut(raw);
  return plainAscii(raw) || !MAY_HIDE.test(raw) ? raw : hiddenTakenOut(raw);
}

/** `visibleText` without its quick look: the plain version it is proven equal to. */
export function hiddenTakenOut(raw: string): string {
  const text = formulaShown(raw).replace(SEQUENCES, '');
  return (REORDERS.test(text) ? orderRead(text) : text).replace(GAPS, ' ').replace(HIDDEN, '');
}

/**
 * Printable ASCII and nothing else (nearly every handle and name), told without a regular
 * expression: a handle is read on every row, a million in a trust.
 */
function plainAscii(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}
