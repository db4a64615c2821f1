import { createRequire } from 'node:module';
import { graphemes } from '../terminalColumns.js';

/** A run of text as pdfmake lays it on a line. */
interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  leadingCut?: number;
  trailingCut?: number;
}
interface LayoutBuilder {
  writer: { context(): { availableWidth: number } };
  buildNextLine(this: LayoutBuilder, node: { _inlines?: Inline[] }): unknown;
}
interface TextInlines {
  widthOfText(text: string, inline: Inline): number;
}

/** Marks a handle or a file's path reads in parts by: a fold just after one keeps each part whole. */
const MARKS = new Set(['/', '.', '_', '-']);
/** A mark is near when the fold after it keeps at least this share of what would fit on the line. */
const NEAR = 2 / 3;

const require = createRequire(import.meta.url);
let installed = false;

/**
 * pdfmake cuts a word too wide for its line after the last letter that fits (`@esme.thompson_201` over `8`),
 * and a command marked `noWrap` not at all (it runs off the page). Before a line is built, a word too wide
 * for the whole line is folded here instead: just after a `/`, `.`, `_` or `-` near where it would be cut,
 * else between two letters (never inside one written with several code points); a command, between its words.
 */
export function foldLongWords(): void {
  if (installed) return;
  installed = true;
  const prototype = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: LayoutBuilder } }).default
    .prototype;
  const TextInlinesClass = (require('pdfmake/js/TextInlines.js') as { default: new (doc: null) => TextInlines })
    .default;
  const measure = new TextInlinesClass(null);
  const buildNextLine = prototype.buildNextLine;
  prototype.buildNextLine = function (this: LayoutBuilder, node) {
    const first = node._inlines?.[0];
    if (first) {
      const split = fold(first, this.writer.context().availableWidth, (text) => measure.widthOfText(text, first));
      if (split) node._inlines!.splice(0, 1, ...split);
    }
    return buildNextLine.call(this, node);
  };
}

/**
 * The run as two, its head fitting `available`, or undefined where it fits already or cannot fold.
 * New runs, not the measured one changed: the same measure serves every layout of the document.
 */
export function fold(inline: Inline, available: number, widthOf: (text: string) => number): Inline[] | undefined {
  if (inline.width - (inline.trailingCut ?? 0) <= available) return undefined;
  const at = inline.noWrap
    ? foldBetweenWords(inline.text, available, widthOf)
    : foldInWord(inline.text, available, widthOf);
  if (at === undefined) return undefined;
  const head = inline.text.slice(0, at.end).trimEnd();
  const tail = inline.text.slice(at.start);
  return [
    // The head ends the line: what followed it without a break now starts the next.
    { ...inline, text: head, width: widthOf(head), trailingCut: 0, noNewLine: false },
    { ...inline, text: tail, width: widthOf(tail), leadingCut: 0 },
  ];
}

/** A command too long for a line folds at its last space that fits; a single word too long stays whole. */
function foldBetweenWords(
  text: string,
  available: number,
  widthOf: (text: string) => number,
): { end: number; start: number } | undefined {
  for (let space = text.lastIndexOf(' '); space > 0; space = text.lastIndexOf(' ', space - 1)) {
    const head = text.slice(0, space).trimEnd();
    if (head.length > 0 && widthOf(head) <= available) {
      let start = space;
      while (text[start] === ' ') start++;
      return start < text.length ? { end: space, start } : undefined;
    }
  }
  return undefined;
}

/** After the last mark near the cut, else at the last letter that fits; at least one letter stays on the line. */
function foldInWord(
  text: string,
  available: number,
  widthOf: (text: string) => number,
): { end: number; start: number } | undefined {
  const bounds = letterBounds(text);
  let low = 1;
  let high = bounds.length - 2;
  let fits = 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (widthOf(text.slice(0, bounds[mid])) <= available) {
      fits = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const cut = bounds[fits]!;
  if (cut >= text.length) return undefined;
  for (let i = fits; i >= 1 && bounds[i]! >= cut * NEAR; i--) {
    if (MARKS.has(text.slice(bounds[i - 1], bounds[i]))) return { end: bounds[i]!, start: bounds[i]! };
  }
  return { end: cut, start: cut };
}

/** Where each letter as read ends, after the text's start: 0, …, text.length. */
function letterBounds(text: string): number[] {
  const bounds = [0];
  for (const letter of graphemes(text)) bounds.push(bounds.at(-1)! + letter.length);
  return bounds;
}
