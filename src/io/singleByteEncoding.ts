import type { EncodingJudgement } from '../model/sources.js';
import { WINDOWS_1252_80_TO_9F } from './windows1252Table.js';

export type SingleByteJudgement = EncodingJudgement;

/** How much of a file, from its first byte beyond ASCII, is weighed: the whole file and a stream read in chunks judge the same bytes. */
export const JUDGED_BYTES = 64 * 1024;

/** Where a byte stands: after a lower-case ASCII letter, after an upper-case one, or elsewhere. */
const AFTER_LOWER = 0;
const AFTER_UPPER = 128;
const ELSEWHERE = 256;

/**
 * Whether each byte 0x80–0xFF would be a plausible character of a name or a list where it stands:
 * after a lower-case letter only a lower-case letter (or an apostrophe) is, after an upper-case
 * one any letter, elsewhere a letter, a dash, a quote or a currency sign. Mac Roman's accented
 * lower-case letters are 0x87–0x9F and Windows-1252's 0xE0–0xFF, where the other has capitals,
 * punctuation or nothing.
 */
function plausibility(charOf: (byte: number) => string): Uint8Array {
  const table = new Uint8Array(384);
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const ch = charOf(byte);
    const apostrophe = ch === '\u2019';
    table[AFTER_LOWER + byte - 0x80] = Number(apostrophe || /\p{Ll}/u.test(ch));
    table[AFTER_UPPER + byte - 0x80] = Number(apostrophe || /\p{L}/u.test(ch));
    table[ELSEWHERE + byte - 0x80] = Number(/[\p{L}\p{Pd}\p{Pi}\p{Pf}\p{Sc}]/u.test(ch));
  }
  return table;
}

const latin1 = new TextDecoder('windows-1252');
const WINDOWS = plausibility((byte) =>
  byte < 0xa0 ? String.fromCodePoint(WINDOWS_1252_80_TO_9F[byte - 0x80]!) : latin1.decode(Uint8Array.of(byte)),
);
const mac = new TextDecoder('macintosh');
const MAC = plausibility((byte) => mac.decode(Uint8Array.of(byte)));

/**
 * Mac Roman or Windows-1252, judged on `window` (the bytes from the file's first beyond ASCII, up
 * to JUDGED_BYTES): the encoding in which more of its bytes read as plausible characters where
 * they stand; on a tie Windows-1252, unless the file's lines end in a lone CR. `before` is the
 * byte before the window (0 for none), which says where its first byte stands.
 */
export function judgeSingleByte(window: Uint8Array, crOnly: boolean, before: number): SingleByteJudgement {
  let windows = 0;
  let macintosh = 0;
  let previous = before;
  for (const byte of window) {
    if (byte >= 0x80) {
      const at =
        (previous >= 0x61 && previous <= 0x7a
          ? AFTER_LOWER
          : previous >= 0x41 && previous <= 0x5a
            ? AFTER_UPPER
            : ELSEWHERE) +
        byte -
        0x80;
      windows += WINDOWS[at]!;
      macintosh += MAC[at]!;
    }
    previous = byte;
  }
  return { encoding: macintosh > windows || (crOnly && macintosh === windows) ? 'macintosh' : 'windows-1252', crOnly };
}

/**
 * The kind of a file's first line break, fed the file's bytes in order: `undefined` until one is
 * seen (or a CR ends what was fed, and the next byte decides).
 */
export class FirstLineBreak {
  private cr = false;
  private kind: 'cr' | 'other' | undefined;

  feed(bytes: Uint8Array): void {
    if (this.kind) return;
    if (this.cr) {
      if (bytes.length === 0) return;
      this.kind = bytes[0] === 0x0a ? 'other' : 'cr';
      return;
    }
    const lf = bytes.indexOf(0x0a);
    const cr = bytes.indexOf(0x0d);
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      if (lf >= 0) this.kind = 'other';
      return;
    }
    if (cr + 1 < bytes.length) this.kind = bytes[cr + 1] === 0x0a ? 'other' : 'cr';
    else this.cr = true;
  }

  /** Whether the first line break is a lone CR (a CR that ends the file counts as one). */
  get crOnly(): boolean {
    return this.kind === 'cr' || (this.kind === undefined && this.cr);
  }
}
