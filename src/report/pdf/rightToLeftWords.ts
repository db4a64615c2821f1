import type { Content } from 'pdfmake/interfaces.js';

/** Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** A letter of any script that is not written right to left. */
const LTR = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;

/**
 * pdfmake lays words out left to right, each with its trailing space, and fontkit turns the glyphs of
 * a right-to-left word round, space and all: `محمد علي` came out as its words the wrong way round with
 * no space between. So a run of right-to-left words is given in the order it is seen, left to right, its
 * spaces as pieces of their own that nothing turns round. Only strings holding such letters change;
 * a run long enough to wrap reads its lines bottom first, which names never are.
 */
export function withRightToLeftWords<T extends Content>(content: T): T {
  return walk(content, true) as T;
}

function walk(node: unknown, isText: boolean): unknown {
  if (typeof node === 'string') return isText && RTL.test(node) ? { text: visualPieces(node) } : node;
  if (Array.isArray(node)) return node.map((item) => walk(item, true));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'text' && typeof value === 'string' && RTL.test(value) ? visualPieces(value) : walk(value, false),
    ]),
  );
}

/** The text in pieces: left-to-right text as it was, right-to-left runs word by word, their order turned. */
export function visualPieces(text: string): string[] {
  // Words and the spaces after them; a right-to-left run takes in neutral words (digits, marks) between its words.
  const parts = text.split(/(\s+)/u);
  const out: string[] = [];
  let plain = '';
  let i = 0;
  while (i < parts.length) {
    if (!RTL.test(parts[i]!) || i % 2 === 1) {
      plain += parts[i];
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 2; j < parts.length; j += 2) {
      if (LTR.test(parts[j]!)) break;
      if (RTL.test(parts[j]!)) end = j;
    }
    if (plain) out.push(plain);
    plain = '';
    const run = parts.slice(i, end + 1);
    for (let k = run.length - 1; k >= 0; k--) out.push(run[k]!);
    i = end + 1;
  }
  if (plain) out.push(plain);
  return out;
}
