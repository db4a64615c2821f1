/**
 * A display name's words, folded cheaply (styled letters and accents to ASCII): a tally, not a
 * reading. Asked for every display name on a trust's lists and for every candidate's names each
 * time it is weighed: a name in plain ASCII (nearly all) is cut by hand, which gives the same
 * words as the Unicode path (`plainWordsPlain`) without normalising or two regular expressions.
 */
export function plainWords(raw: string): string[] {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 0x7f) return plainWordsPlain(raw);
  let count = 0;
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) | 0x20 : 0;
    // A letter, either case (`| 0x20` lowers A–Z and leaves a–z; no other ASCII code lands in a–z).
    if (c >= 0x61 && c <= 0x7a) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > 1) WORDS[count++] = raw.slice(start, i).toLowerCase();
      start = -1;
    }
  }
  // Copied out at their number: an array grown a word at a time takes room for sixteen (docs/performance.md, perf41).
  return count === 0 ? [] : WORDS.slice(0, count);
}

const WORDS: string[] = [];

/** The plain version, for any text: decomposed, marks dropped, lower-cased, cut at anything but a–z. */
export function plainWordsPlain(raw: string): string[] {
  const text = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return text.split(/[^a-z]+/).filter((w) => w.length > 1);
}
