/**
 * Columns a text takes on a terminal, as the prompts (`@inquirer`, through fast-string-width) lay them out:
 * an emoji or a Chinese, Japanese or Korean letter two, a combining mark or control none, anything else one.
 * Counted by grapheme (what the eye sees as one letter), so that a row is folded between letters, never
 * through an accent or an emoji. Colour codes are the caller's to leave out.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The letters as the eye sees them: an accented letter, a flag or a family emoji is one. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Printable ASCII, one column a character. */
const PLAIN = /^[\x20-\x7e]*$/;
/** A grapheme shown as an emoji: a flag's letters, an emoji of its own, one a skin tone can follow, or asked for (FE0F). */
const EMOJI = /^(?:\p{Regional_Indicator}|\p{Emoji_Presentation}|\p{Emoji_Modifier_Base}|\p{Emoji}\uFE0F)/u;
const NONE = /[\p{M}\p{Cc}]/u;
/** Han, kana, Hangul and Tangut, not the halfwidth and fullwidth forms' block (those are the ranges below). */
const CJKT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tangut}]/u;

export function terminalColumns(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let columns = 0;
  for (const grapheme of graphemes(text)) columns += graphemeColumns(grapheme);
  return columns;
}

function graphemeColumns(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  let columns = 0;
  for (const ch of grapheme) columns += NONE.test(ch) ? 0 : isWide(ch) ? 2 : 1;
  return columns;
}

function isWide(ch: string): boolean {
  const x = ch.codePointAt(0)!;
  if (x >= 0xff00 && x <= 0xffef) return (x >= 0xff01 && x <= 0xff60) || (x >= 0xffe0 && x <= 0xffe6);
  return CJKT.test(ch) || /\p{Emoji_Presentation}/u.test(ch) || x === 0x3000 || wideBesides(x);
}

/** East Asian wide punctuation and symbols outside those scripts (CJK brackets, bopomofo, enclosed letters). */
function wideBesides(x: number): boolean {
  return (
    x === 0x231b ||
    x === 0x2329 ||
    (x >= 0x2ff0 && x <= 0x2fff) ||
    (x >= 0x3001 && x <= 0x303e) ||
    (x >= 0x3099 && x <= 0x30ff) ||
    (x >= 0x3105 && x <= 0x312f) ||
    (x >= 0x3131 && x <= 0x318e) ||
    (x >= 0x3190 && x <= 0x31e3) ||
    (x >= 0x31ef && x <= 0x321e) ||
    (x >= 0x3220 && x <= 0x3247) ||
    (x >= 0x3250 && x <= 0x4dbf) ||
    (x >= 0xfe10 && x <= 0xfe19) ||
    (x >= 0xfe30 && x <= 0xfe52) ||
    (x >= 0xfe54 && x <= 0xfe66) ||
    (x >= 0xfe68 && x <= 0xfe6b) ||
    (x >= 0x1f200 && x <= 0x1f202) ||
    (x >= 0x1f210 && x <= 0x1f23b) ||
    (x >= 0x1f240 && x <= 0x1f248) ||
    (x >= 0x20000 && x <= 0x2fffd) ||
    (x >= 0x30000 && x <= 0x3fffd)
  );
}
