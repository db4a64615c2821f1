/**
 * Accounts written as one name word and a number (`poppy11`, `Kai 12`, `matilda_2010`), counted per word as
 * distinct numbers: how many other accounts on these lists write a pupil's forename alone with a number, the u
 * of a forename-alone pair's term-frequency adjustment (`MatchModel.forenameNumberTerm`). A number, not an
 * account, is the unit: one person's accounts on three platforms, all `poppy11`, are one.
 */
export class ForenameNumbers {
  /** Forename and number pairs seen (`poppy 11`). */
  private readonly seen = new Set<string>();
  /** Distinct numbers per forename. */
  private readonly numbers = new Map<string, number>();
  /** The roll-weighted mean count (`typical`), as of `seen.size`. */
  private typicalOf = { at: -1, mean: 0 };

  /**
   * `forenames`: the roll's forenames (plain words) and how many pupils bear each; only those are counted (a trust's
   * lists write 170,000 other words beside a number, which no pair asks for).
   */
  constructor(private readonly forenames: ReadonlyMap<string, number>) {}

  /** Counts an account once (the caller keeps accounts distinct): its display name and its handle, each read alone. */
  note(displayName: string | undefined, handle: string | undefined): void {
    this.add(displayName ? wordAndNumber(displayName) : undefined);
    this.add(handle ? wordAndNumber(handle) : undefined);
  }

  private add(pair: readonly [string, string] | undefined): void {
    if (!pair || !this.forenames.has(pair[0])) return;
    const key = `${pair[0]} ${pair[1]}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.numbers.set(pair[0], (this.numbers.get(pair[0]) ?? 0) + 1);
  }

  /**
   * The count a pupil's forename typically has on these lists: the mean over the roll's pupils of their
   * forename's count, Σ pupils × count / Σ pupils (Splink's u of agreement between two lists, Σ share_lists ×
   * share_roll, against a value's u, its share on the lists).
   */
  typical(): number {
    if (this.typicalOf.at !== this.seen.size) {
      let weighted = 0;
      let pupils = 0;
      for (const [word, bearers] of this.forenames) {
        weighted += bearers * (this.numbers.get(word) ?? 0);
        pupils += bearers;
      }
      this.typicalOf = { at: this.seen.size, mean: pupils === 0 ? 0 : weighted / pupils };
    }
    return this.typicalOf.mean;
  }

  /**
   * Other accounts' numbers written beside `forename` alone, where the account being weighed is written so
   * (its own number left out); undefined where it is not (a forename wrapped, a pet form, no number).
   */
  othersWriting(forename: string, displayName: string | undefined, handle: string | undefined): number | undefined {
    if (forename.length < 2) return undefined;
    const own = [displayName ? wordAndNumber(displayName) : undefined, handle ? wordAndNumber(handle) : undefined];
    const ownNumbers = new Set(own.filter((p) => p?.[0] === forename).map((p) => p![1]));
    if (ownNumbers.size === 0) return undefined;
    let counted = 0;
    for (const n of ownNumbers) if (this.seen.has(`${forename} ${n}`)) counted++;
    return (this.numbers.get(forename) ?? 0) - counted;
  }
}

/**
 * The one word (two letters or more, folded to plain a–z as the tallies read names) and the one number of 1–4
 * digits a text is written as, whatever separates them (`poppy_11`, `11.poppy`, `Kai 12 ✨`, `poppy.y10`,
 * `yr9_louie`: a lone letter, and `yr` before its digits, is no word); undefined for anything else (two words, two numbers, no number).
 */
export function wordAndNumber(text: string): [string, string] | undefined {
  let plain = text;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) {
      plain = text.normalize('NFKD').replace(/\p{M}+/gu, '');
      break;
    }
  let word: string | undefined;
  let digits: string | undefined;
  let start = -1;
  let kind = 0;
  // Runs of letters (1) and of digits (2); anything else ends a run.
  for (let i = 0; i <= plain.length; i++) {
    const code = i < plain.length ? plain.charCodeAt(i) : 0;
    const lower = code | 0x20;
    const now = lower >= 0x61 && lower <= 0x7a ? 1 : code >= 0x30 && code <= 0x39 ? 2 : 0;
    if (now === kind) continue;
    // A year group's `yr` run onto its number (`yr9_louie`) is the number's, not a word.
    if (kind === 1 && i - start > 1 && !(now === 2 && isYr(plain, start, i))) {
      if (word !== undefined) return undefined;
      word = plain.slice(start, i).toLowerCase();
    } else if (kind === 2) {
      if (digits !== undefined || i - start > 4) return undefined;
      digits = plain.slice(start, i);
    }
    kind = now;
    start = i;
  }
  return word !== undefined && digits !== undefined ? [word, digits] : undefined;
}

/** Whether `text` from `start` to `end` is `yr`, either case. */
function isYr(text: string, start: number, end: number): boolean {
  return end - start === 2 && (text.charCodeAt(start) | 0x20) === 0x79 && (text.charCodeAt(start + 1) | 0x20) === 0x72;
}
