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
 * indent and two more. Colour codes take no room; a word longer than the width is left whole.
 */
export function wrapLine(line: string, width: number): string[] {
  if (visibleLength(line) <= width) return [line];
  // The indent, colour codes among it too: a warning's `  ! ` is yellow, spaces and all.
  const lead = LEAD.exec(line)![0];
  const leadLength = visibleLength(lead);
  const indent = ' '.repeat(Math.min(leadLength + 2, Math.floor(width / 2)));
  const rows: string[] = [];
  let row = lead;
  let rowLength = leadLength;
  for (const word of words(line.slice(lead.length), width - indent.length)) {
    const length = visibleLength(word);
    const start = rows.length === 0 ? leadLength : indent.length;
    // A word no row can hold (a download's long path) stays beside a bullet (`!`) rather than leave it alone.
    const afterBullet = BULLET.test(row.replace(ANSI, '').slice(start).trim()) && indent.length + length > width;
    if (rowLength > start && rowLength + 1 + length > width && !afterBullet) {
      rows.push(row);
      row = indent + word;
      rowLength = indent.length + length;
    } else {
      row += rowLength > start ? ` ${word}` : word;
      rowLength += (rowLength > start ? 1 : 0) + length;
    }
  }
  rows.push(row);
  return rows;
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
