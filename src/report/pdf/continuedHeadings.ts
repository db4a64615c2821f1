import { createRequire } from 'node:module';
import { CONTINUED } from '../wording.js';

/** The property a text run of a heading carries to be marked `(continued)` where its table's header repeats. */
export const CONTINUES = 'continuesOnNewPage';

/** A run of text as pdfmake lays it on a line. */
interface Inline {
  text: string;
  width: number;
  x?: number;
  leadingCut?: number;
  trailingCut?: number;
  [CONTINUES]?: boolean;
}
interface Line {
  inlines: Inline[];
  maxWidth: number;
  clone(): Line;
}
interface Repeatable {
  items: { type: string; item: unknown }[];
}
interface PageElementWriter {
  currentBlockToRepeatable(this: PageElementWriter): Repeatable;
}
interface TextInlines {
  widthOfText(text: string, inline: Inline): number;
}

const require = createRequire(import.meta.url);
let installed = false;

/**
 * pdfmake repeats a table's header rows on every page it runs onto as laid out the first time: a member of staff's
 * heading on page 4 read as if their findings began there. The copy it keeps to repeat (never the first, already on
 * its page) gets `(continued)` after the heading's last run, in that run's style. A heading whose last line is full
 * to the edge is repeated as it is rather than run off the page.
 */
export function continuedHeadings(): void {
  if (installed) return;
  installed = true;
  const prototype = (require('pdfmake/js/PageElementWriter.js') as { default: { prototype: PageElementWriter } })
    .default.prototype;
  const TextInlinesClass = (require('pdfmake/js/TextInlines.js') as { default: new (doc: null) => TextInlines })
    .default;
  const measure = new TextInlinesClass(null);
  const toRepeatable = prototype.currentBlockToRepeatable;
  prototype.currentBlockToRepeatable = function (this: PageElementWriter) {
    const repeatable = toRepeatable.call(this);
    const at = repeatable.items.findLastIndex(
      (item) => item.type === 'line' && (item.item as Line).inlines.some((inline) => inline[CONTINUES]),
    );
    if (at >= 0) {
      const line = continued(repeatable.items[at]!.item as Line, (text, like) => measure.widthOfText(text, like));
      repeatable.items[at] = { type: 'line', item: line };
    }
    return repeatable;
  };
}

/** The line with `(continued)` after its last run; a copy, so the heading already laid out on its page stays as it is. */
function continued(line: Line, widthOf: (text: string, like: Inline) => number): Line {
  const last = line.inlines.at(-1);
  if (!last) return line;
  const text = ` ${CONTINUED}`;
  const width = widthOf(text, last);
  const x = (last.x ?? 0) + last.width;
  if (x + width > line.maxWidth) return line;
  const copy = line.clone();
  copy.inlines = [...line.inlines, { ...last, text, width, x, leadingCut: 0, trailingCut: 0 }];
  return copy;
}
