import { createRequire } from 'node:module';

/** A run of text as pdfmake measures it; laying out sets `x`, and cuts a word too long for its line (`text`, `width`). */
interface Inline {
  text: string;
  width: number;
  justifyShift?: number;
}
/** A text node as pdfmake measures it: its text, and the runs it is broken into, each styled and measured. */
interface TextNode {
  text: unknown;
  _inlines?: Inline[];
  _minWidth?: number | undefined;
  _maxWidth?: number | undefined;
  _textRef?: unknown;
}
interface DocMeasure {
  measureLeaf(this: object, node: TextNode): TextNode;
}
/** A node's measure as first made: its runs, and each run's text and width before any layout cut it. */
interface Measured {
  text: unknown;
  inlines: Inline[];
  texts: string[];
  widths: number[];
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

const require = createRequire(import.meta.url);
let installed = false;
let on = false;

/**
 * pdfmake lays a document out again from the top each time `pageBreakBefore` moves a heading to a new
 * page (two to four times a report), and each time measured every text again, resolving some twenty style
 * properties per run through the style stack: most of a trust's `--by-school` time (docs/performance.md,
 * byschool22). A text node's measure depends only on its text and the styles around it, which a new layout
 * does not change; laying out takes the runs off the node and may cut one, so each layout is given them
 * back as they were measured. `measureOnce(false)` measures as pdfmake does, for tests to compare with.
 */
export function measureOnce(enabled = true): void {
  on = enabled;
  if (installed) return;
  installed = true;
  const prototype = (require('pdfmake/js/DocMeasure.js') as { default: { prototype: DocMeasure } }).default.prototype;
  const measure = prototype.measureLeaf;
  // One DocMeasure lays out one document (all its layouts): measures never outlive it, whoever renders next.
  const keptBy = new WeakMap<object, WeakMap<TextNode, Measured>>();
  prototype.measureLeaf = function (this: object, node: TextNode): TextNode {
    // A page reference's text is only known once laid out: measured afresh each time, as pdfmake does.
    if (!on || node._textRef !== undefined) return measure.call(this, node);
    let kept = keptBy.get(this);
    if (!kept) {
      kept = new WeakMap();
      keptBy.set(this, kept);
    }
    const known = kept.get(node);
    if (known && known.text === node.text) return restored(node, known);
    const result = measure.call(this, node);
    const inlines = result._inlines ?? [];
    kept.set(node, {
      text: node.text,
      inlines: [...inlines],
      texts: inlines.map((inline) => inline.text),
      widths: inlines.map((inline) => inline.width),
      minWidth: result._minWidth,
      maxWidth: result._maxWidth,
    });
    return result;
  };
}

function restored(node: TextNode, known: Measured): TextNode {
  known.inlines.forEach((inline, i) => {
    inline.text = known.texts[i]!;
    inline.width = known.widths[i]!;
    // Set only on justified lines, which a fresh measure never has.
    if ('justifyShift' in inline) delete inline.justifyShift;
  });
  node._inlines = [...known.inlines];
  node._minWidth = known.minWidth;
  node._maxWidth = known.maxWidth;
  return node;
}
