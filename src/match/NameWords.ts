import { remembered } from './remembered.js';
import { firstWord, lastWord } from './TrustRoll.js';

/**
 * A name's first and last plain words (`firstWord`, `lastWord`), remembered by the name as the roll
 * writes it: the weighing asks for a pupil's forename and surname for each of 400,000 candidates,
 * twice, of a few thousand names, and the same word's string then looks up the tallies each time
 * with its hash already made (docs/performance.md, perf42).
 */
export class NameWords {
  private readonly firsts = new Map<string, string>();
  private readonly lasts = new Map<string, string>();

  first(raw: string | undefined): string {
    return raw ? remembered(this.firsts, raw, firstWord) : '';
  }

  last(raw: string | undefined): string {
    return raw ? remembered(this.lasts, raw, lastWord) : '';
  }
}
