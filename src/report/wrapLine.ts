import { MONTH_NAMES } from './wording.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the terminal's colour codes (ESC [ … m).
const ANSI = /\u001b\[[0-9;]*m/g;

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
  const lead = /^ */.exec(line)![0];
  const indent = ' '.repeat(Math.min(lead.length + 2, Math.floor(width / 2)));
  const rows: string[] = [];
  let row = lead;
  let rowLength = lead.length;
  for (const word of words(line.slice(lead.length), width - indent.length)) {
    const length = visibleLength(word);
    const start = rows.length === 0 ? lead.length : indent.length;
    if (rowLength > start && rowLength + 1 + length > width) {
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
