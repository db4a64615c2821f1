import { CONTINUED, commandPieces } from './commandPieces.js';
import { graphemes, terminalColumns } from './terminalColumns.js';
import { MONTH_NAMES } from './wording.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the terminal's colour codes (ESC [ … m).
const ANSI = /\u001b\[[0-9;]*m/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a line's indent, with the colour codes (ESC [ … m) among it.
const LEAD = /^(?:\u001b\[[0-9;]*m| )*/;

/** Columns a line takes on a terminal, colour codes left out (an emoji or a CJK letter two, an accent none). */
export function visibleLength(text: string): number {
  return terminalColumns(text.replace(ANSI, ''));
}

/**
 * One line of a report folded at spaces to `width` columns, each further row under the line's own
 * indent and two more. Colour codes take no room. A word no row can hold is left whole (messages keep
 * theirs: a link is copied), or, with `fit` (the text report), folded so that every row fits: after a
 * `/` (else a `-`, `_` or `.`), and only where none fits between two letters, never inside one.
 */
export function wrapLine(line: string, width: number, fit = false): string[] {
  if (visibleLength(line) <= width) return [line];
  // The indent, colour codes among it too: a warning's `  ! ` is yellow, spaces and all.
  let lead = LEAD.exec(line)![0];
  const text = line.slice(lead.length);
  // An indent deeper than half a narrow terminal leaves no room for words: the codes are kept, the spaces cut.
  if (fit && visibleLength(lead) > Math.floor(width / 2))
    lead = lead.replace(/ /g, '') + ' '.repeat(Math.floor(width / 2));
  const leadLength = visibleLength(lead);
  const indent = ' '.repeat(Math.min(leadLength + 2, Math.floor(width / 2)));
  const room = width - indent.length;
  return fit ? fitted(words(text, room), lead, indent, width) : folded(words(text, room), lead, indent, width);
}

/** Rows of whole words; a word no row can hold stands whole on a row of its own. */
function folded(parts: string[], lead: string, indent: string, width: number): string[] {
  const rows: string[] = [];
  let row = lead;
  let rowLength = visibleLength(lead);
  for (const word of parts) {
    const length = visibleLength(word);
    const start = rows.length === 0 ? visibleLength(lead) : indent.length;
    const space = rowLength > start ? 1 : 0;
    if (
      rowLength > start &&
      (row.endsWith(CONTINUED) ||
        (rowLength + space + length > width && !(rows.length === 0 && besideBullet(row, start, indent, length, width))))
    ) {
      rows.push(row);
      row = indent + word;
      rowLength = indent.length + length;
    } else {
      row += space ? ` ${word}` : word;
      rowLength += space + length;
    }
  }
  rows.push(row);
  return rows;
}

/** Rows that each fit `width`: a word too long for the row it would start is folded as `wrapLine` says. */
function fitted(parts: string[], lead: string, indent: string, width: number): string[] {
  const rows: string[] = [];
  let row = lead;
  let rowLength = visibleLength(lead);
  const newRow = (): void => {
    rows.push(row.trimEnd());
    row = indent;
    rowLength = indent.length;
  };
  for (const word of parts) {
    let rest = word;
    let space = true;
    while (true) {
      const start = rows.length === 0 ? visibleLength(lead) : indent.length;
      if (space && rowLength > start && row.endsWith(CONTINUED)) {
        newRow();
        continue;
      }
      const gap = space && rowLength > start ? 1 : 0;
      const roomHere = width - rowLength - gap;
      const length = visibleLength(rest);
      if (length <= roomHere) {
        row += (gap ? ' ' : '') + rest;
        rowLength += gap + length;
        break;
      }
      // A row gives way to a fresh one that holds the word, or a piece of its path up to a `/` where this row holds
      // none; a bullet alone keeps beside it only a word no row can hold (`besideBullet`), as `folded` does.
      const freshRoom = width - indent.length;
      const moveOn = rowLength > start && !(rows.length === 0 && bulletOnly(row, start) && length > freshRoom);
      if (moveOn && length <= freshRoom) {
        newRow();
        continue;
      }
      let cut = cutAt(rest, roomHere, SLASH);
      if (cut === 0 && moveOn && cutAt(rest, freshRoom, SLASH) > 0) {
        newRow();
        continue;
      }
      cut ||= cutAt(rest, roomHere, MARK);
      if (cut === 0 && moveOn) {
        newRow();
        continue;
      }
      if (cut === 0) cut = cutAt(rest, roomHere, ANY);
      // Not one letter fits beside a bullet (an emoji in its last column): on to a fresh row, which holds one.
      if (cut === 0 && rowLength > start) {
        newRow();
        continue;
      }
      if (cut === 0) cut = tokens(rest).find((token) => visibleLength(token) > 0)?.length ?? rest.length;
      row += (gap ? ' ' : '') + rest.slice(0, cut);
      rest = rest.slice(cut);
      space = false;
      newRow();
    }
  }
  rows.push(row);
  return rows;
}

const SLASH = /\//;
const MARK = /[-_.]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a colour code (ESC [ … m), kept whole.
const ANSI_PIECE = /(\u001b\[[0-9;]*m)/;
const ANY = /./su;

/** Where to cut `word` so that its first piece fits `room` and ends with a letter `at` matches: 0 where none. */
function cutAt(word: string, room: number, at: RegExp): number {
  let used = 0;
  let offset = 0;
  let cut = 0;
  for (const token of tokens(word)) {
    used += visibleLength(token);
    if (used > room) break;
    offset += token.length;
    if (at.test(token)) cut = offset;
  }
  return cut;
}

/** A word's letters as the eye sees them, each colour code one piece of its own (taking no room, never cut). */
function tokens(word: string): string[] {
  return word.split(ANSI_PIECE).flatMap((piece, i) => (i % 2 === 1 ? [piece] : graphemes(piece)));
}

/** A word no row can hold stays beside a bullet (`!`) rather than leave it alone on its row. */
function besideBullet(row: string, start: number, indent: string, length: number, width: number): boolean {
  return bulletOnly(row, start) && indent.length + length > width;
}

/** Only a line's first row can start with a bullet: a `-` of a name folded onto a later row is a word. */
function bulletOnly(row: string, start: number): boolean {
  return BULLET.test(row.replace(ANSI, '').slice(start).trim());
}

const MONTHS = new Set(MONTH_NAMES);

/** A row's start that is a bullet (`!`, `•`, `12.`), not a word to part from. */
const BULLET = /^(?:[!•*–-]|\d{1,3}\.)$/;

/**
 * The words to fold at, a date said in words (`5 December 2027`) kept as one where a row can hold it:
 * never `5` at a row's end; a command to copy kept whole, or in pieces that each end their row (`commandPieces`).
 */
function words(text: string, room: number): string[] {
  const parts = text.split(' ');
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const command = commandPieces(parts, i, room);
    if (command.taken > 0) {
      joined.push(...command.pieces);
      i += command.taken - 1;
      continue;
    }
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

/**
 * Text folded at spaces into rows of at most `width` columns (`first` for the first row, which starts further left),
 * a date said in words kept on one row (a word longer is left whole): a section folds its own.
 */
export function wrapWords(text: string, width: number, first = width): string[] {
  const rows: string[] = [];
  let current = '';
  for (const word of words(text, width)) {
    if (
      current &&
      (current.endsWith(CONTINUED) ||
        visibleLength(current) + 1 + visibleLength(word) > (rows.length === 0 ? first : width))
    ) {
      rows.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) rows.push(current);
  return rows;
}
