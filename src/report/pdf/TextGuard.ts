import type { AuditWarning } from '../../model/report.js';
import type { Warning } from '../../model/warnings.js';
import { unstacked } from '../inert.js';
import { shortenedText } from '../shortenedNames.js';
import { toAuditWarning } from '../warningWording.js';

/** U+FFFD REPLACEMENT CHARACTER: the mark every reader knows means "a character was here". */
export const REPLACEMENT_MARK = '\uFFFD';

/**
 * Longest text from the input a table cell takes whole. Platforms cap names at about 50
 * characters; anything longer is a broken file, and a row taller than a page would lose its end,
 * since rows are never split.
 */
export const MAX_TEXT_LENGTH = 300;

/**
 * Longest warning a table row takes whole: the tool's own words, with a file, a value or a hint in them
 * (a missing date-of-birth column's runs to 430 characters), which cut at 300 lost the hint. About 20
 * lines of the warnings table: a row still fits a page.
 */
export const MAX_WARNING_LENGTH = 1500;

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const LAYOUT_WHITESPACE = /[\t\r\n\v\f]+/g;

/**
 * Makes text from the input safe to lay out with the embedded fonts, and says so whenever it has
 * to change one. A character the fonts lack would come out as an empty box or nothing at all, and
 * a name that silently loses a letter is a wrong name: each such character (a whole emoji sequence
 * counts as one) becomes a visible replacement mark and a GLYPH_REPLACED warning. A text too long
 * for a table row is cut with a visible note and a TEXT_SHORTENED warning.
 */
export class TextGuard {
  private readonly changed = new Map<string, AuditWarning>();
  private readonly segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

  constructor(private readonly drawable: ReadonlySet<number>) {}

  draw(text: string, where: string, source?: string, limit = MAX_TEXT_LENGTH): string {
    let clean = unstacked(text.normalize('NFC').replace(LAYOUT_WHITESPACE, ' '));
    // Cut by grapheme, as the text report cuts: a cut inside an emoji or an accented letter drew half a glyph.
    const shortened = shortenedText(clean, limit);
    if (shortened !== clean) {
      const length = [...clean].length;
      this.warn(`${clean}\u0000cut`, { code: 'TEXT_SHORTENED', args: { where, length, kept: limit } }, source);
      clean = shortened;
    }
    if (this.allDrawable(clean)) return clean;
    const missing = new Set<number>();
    let out = '';
    for (const { segment } of this.segmenter.segment(clean)) {
      const codePoints = Array.from(segment, (ch) => ch.codePointAt(0)!);
      const lacking = codePoints.filter((cp) => !this.drawable.has(cp) && !IGNORABLE.test(String.fromCodePoint(cp)));
      if (lacking.length === 0) {
        // Invisible joiners and selectors the font lacks are left out: drawing them would show nothing anyway.
        out += codePoints
          .filter((cp) => this.drawable.has(cp))
          .map((cp) => String.fromCodePoint(cp))
          .join('');
      } else {
        lacking.forEach((cp) => {
          missing.add(cp);
        });
        out += REPLACEMENT_MARK;
      }
    }
    if (missing.size > 0)
      this.warn(
        clean,
        { code: 'GLYPH_REPLACED', args: { where, codePoints: [...missing], mark: REPLACEMENT_MARK } },
        source,
      );
    return out;
  }

  /** One warning per distinct text changed, in the order they were met. */
  warnings(): AuditWarning[] {
    return [...this.changed.values()];
  }

  private warn(
    key: string,
    warning: Warning & { code: 'GLYPH_REPLACED' | 'TEXT_SHORTENED' },
    source: string | undefined,
  ): void {
    if (!this.changed.has(key)) this.changed.set(key, toAuditWarning(warning, source));
  }

  private allDrawable(text: string): boolean {
    for (const ch of text) {
      if (!this.drawable.has(ch.codePointAt(0)!)) return false;
    }
    return true;
  }
}
