import type { AuditWarning } from '../../model/report.js';
import { describeGlyphReplaced } from '../wording.js';

/** U+FFFD REPLACEMENT CHARACTER: the mark every reader knows means "a character was here". */
export const REPLACEMENT_MARK = '\uFFFD';

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const LAYOUT_WHITESPACE = /[\t\r\n\v\f]+/g;

/**
 * Makes input text safe to draw with the embedded fonts. A character they lack would come out as
 * an empty box or nothing at all, and a name that silently loses a letter is a wrong name; so each
 * such character (a whole emoji sequence counts as one) becomes a visible replacement mark, and
 * every text where that happened becomes a GLYPH_REPLACED warning.
 */
export class GlyphGuard {
  private readonly replaced = new Map<string, { codePoints: number[]; where: string; source?: string }>();
  private readonly segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

  constructor(private readonly drawable: ReadonlySet<number>) {}

  draw(text: string, where: string, source?: string): string {
    const clean = text.normalize('NFC').replace(LAYOUT_WHITESPACE, ' ');
    if (this.allDrawable(clean)) return clean;
    const missing: number[] = [];
    let out = '';
    for (const { segment } of this.segmenter.segment(clean)) {
      const codePoints = Array.from(segment, (ch) => ch.codePointAt(0)!);
      const lacking = codePoints.filter((cp) => !this.drawable.has(cp) && !IGNORABLE.test(String.fromCodePoint(cp)));
      if (lacking.length === 0) {
        // Invisible joiners and selectors the font lacks are left out: drawing them would show nothing anyway.
        out += codePoints.filter((cp) => this.drawable.has(cp)).map((cp) => String.fromCodePoint(cp)).join('');
      } else {
        missing.push(...lacking);
        out += REPLACEMENT_MARK;
      }
    }
    if (missing.length > 0 && !this.replaced.has(clean)) {
      this.replaced.set(clean, { codePoints: [...new Set(missing)], where, ...(source !== undefined ? { source } : {}) });
    }
    return out;
  }

  /** One warning per distinct text that lost characters, in the order they were met. */
  warnings(): AuditWarning[] {
    return [...this.replaced.values()].map(({ codePoints, where, source }) => ({
      code: 'GLYPH_REPLACED',
      message: describeGlyphReplaced(codePoints, REPLACEMENT_MARK, where),
      ...(source !== undefined ? { source } : {}),
    }));
  }

  private allDrawable(text: string): boolean {
    for (const ch of text) {
      if (!this.drawable.has(ch.codePointAt(0)!)) return false;
    }
    return true;
  }
}
