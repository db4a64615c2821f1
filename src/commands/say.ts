import { inertLines } from '../report/inert.js';
import { wrapLines } from '../report/wrapLine.js';

/**
 * A command's message to the person: text from the input made inert, and on a terminal folded at
 * spaces to its width (the terminal itself would break a name inside a word). `width`: a listing's
 * own, folded at also in a pipe, as the text report is (`reportWidth`).
 */
export function say(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  text: string,
  width?: number,
): void {
  const safe = inertLines(text);
  const columns = width ?? (stream.isTTY ? stream.columns : undefined);
  stream.write(`${columns ? wrapLines(safe, columns) : safe}\n`);
}
