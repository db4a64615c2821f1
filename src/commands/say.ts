import { inertLines } from '../report/inert.js';
import { wrapLines } from '../report/wrapLine.js';

/**
 * A command's message to the person: text from the input made inert, and on a terminal folded at
 * spaces to its width (the terminal itself would break a name inside a word).
 */
export function say(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, text: string): void {
  const safe = inertLines(text);
  stream.write(`${stream.isTTY && stream.columns ? wrapLines(safe, stream.columns) : safe}\n`);
}
