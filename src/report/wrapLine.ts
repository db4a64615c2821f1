import { MONTH_NAMES } from './wording.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the terminal's colour codes (ESC [ … m).
const ANSI = /\u001b\[[0-9;]*m/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a line's indent, with the colour codes (ESC [ … m) among it.
const LEAD = /^(?:\u001b\[[0-9;]*m| )*/;

/** Columns a line takes on a terminal, colour codes left out. */
export function visibleLength(text: string): number {
  return Array.from(text.replace(ANSI, '')).length;
}

/**
 * One line of a report folded at spaces to `width` columns, each further row under the line's own
 * indent and two more. Colour codes take no room. A word no row can hold is left whole, or, with
 * `foldPaths` (the text report's source paths), folded after a `/` (else a `-`, `_` or `.`), never
 * inside a name, where the terminal would cut it. Messages keep theirs whole: a link is copied.
 */
export function wrapLine(line: string, width: number, foldPaths = false): string[] {
  if (visibleLength(line) <= width) return [line];
  // The indent, colour codes among it too: a warning's `  ! ` is yellow, spaces and all.
  const lead = LEAD.exec(line)![0];
  const leadLength = visibleLength(lead);
  const indent = ' '.repeat(Math.min(leadLength + 2, Math.floor(width / 2)));
  const rows: string[] = [];
  let row = lead;
  let rowLength = leadLength;
  const room = width - indent.length;
  for (const whole of words(line.slice(lead.length), room)) {
    for (const [at, word] of (foldPaths && visibleLength(whole) > room ? pathPieces(whole, room) : [whole]).entries()) {
      const length = visibleLength(word);
      const start = rows.length === 0 ? leadLength : indent.length;
      // A piece of a folded word follows the one before it with no space.
      const space = rowLength > start && at === 0 ? 1 : 0;
      // A word no row can hold stays beside a bullet (`!`) rather than leave it alone.
      const afterBullet = BULLET.test(row.replace(ANSI, '').slice(start).trim()) && indent.length + length > width;
      if (rowLength > start && rowLength + space + length > width && !afterBullet) {
        rows.push(row);
        row = indent + word;
        rowLength = indent.length + length;
      } else {
        row += space ? ` ${word}` : word;
        rowLength += space + length;
      }
    }
  }
  rows.push(row);
  return rows;
}

/** A word too long for `room` in pieces, each ending after a `/`, or, where one is still too long, a `-`, `_` or `.`. */
function pathPieces(word: string, room: number): string[] {
  return word.split(/(?<=\/)/).flatMap((piece) => (visibleLength(piece) > room ? piece.split(/(?<=[-_.])/) : [piece]));
}

const MONTHS = new Set(MONTH_NAMES);

/** A row's start that is a bullet (`!`, `•`, `12.`), not a word to part from. */
const BULLET = /^(?:[!•*–-]|\d{1,3}\.)$/;

/**
 * The words to fold at, a date said in words (`5 December 2027`) kept as one where a row can hold it:
 * never `5` at a row's end.
 */
function words(text: string, room: number): string[] {
  const parts = text.split(' ');
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const date = parts.slice(i, i + 3).join(' ');
    if (
      /^\d{1,2}$/.test(parts[i]!) &&
      MONTHS.has(parts[i + 1] ?? '') &&
      /^\d{4}\b/.test(parts[i + 2] ?? '') &&
      visibleLength(date) <= room
    ) {
      joined.push(date);
      i += 2;
    } else joined.push(parts[i]!);
  }
  return joined;
}

/** Long lines folded at spaces to the terminal's width, continuing under their own indent. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

/** Text folded at spaces into rows of at most `width` characters (a word longer is left whole): a section folds its own. */
export function wrapWords(text: string, width: number): string[] {
  const rows: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      rows.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) rows.push(current);
  return rows;
}
