/**
 * Columns a text takes on a terminal, measured by fast-string-width as the prompts (`@inquirer`) measure them:
 * an emoji or a Chinese, Japanese or Korean letter two, a combining mark or control none, anything else one.
 * Rows are folded by grapheme (what the eye sees as one letter), never through an accent or an emoji.
 * Colour codes are the caller's to leave out.
 */
import fastStringWidth from 'fast-string-width';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The letters as the eye sees them: an accented letter, a flag or a family emoji is one. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Columns the text takes, by the measure the prompts' own layout uses. */
export function terminalColumns(text: string): number {
  return fastStringWidth(text);
}
