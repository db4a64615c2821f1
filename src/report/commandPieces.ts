import { terminalColumns } from './terminalColumns.js';

/** Ends every piece of a folded command but its last: the shell reads the next row as the same line. */
export const CONTINUED = ' \\';

/** Where a command the reader is to copy starts among a text's space-separated parts: `` `social-audit `` … */
const COMMAND_START = /^[([]?`social-audit$/;

/**
 * The parts of a command to copy (`` `social-audit review school/audit.json` ``, from its first part to the one that
 * closes its backtick), as pieces a row of `room` columns holds: the whole command where it fits, else rows folded
 * between shell words, never inside quotes (`"YOUR NAME"`, `'My School'`) nor between an option and its value, each
 * but the last ending with `CONTINUED`, so that the rows copied from a terminal paste as one command (a command folded
 * at a bare space ran its first row alone). Returns how many parts it took, 0 where `parts[at]` starts no command.
 */
export function commandPieces(parts: readonly string[], at: number, room: number): { pieces: string[]; taken: number } {
  if (!COMMAND_START.test(parts[at]!)) return { pieces: [], taken: 0 };
  let end = at + 1;
  while (end < parts.length && !parts[end]!.includes('`')) end++;
  if (end === parts.length) return { pieces: [], taken: 0 };
  const command = parts.slice(at, end + 1);
  const whole = command.join(' ');
  if (terminalColumns(whole) <= room) return { pieces: [whole], taken: command.length };
  const pieces: string[] = [];
  let piece = '';
  for (const group of optionGroups(shellWords(command), room - CONTINUED.length)) {
    if (piece && terminalColumns(`${piece} ${group}`) > room - CONTINUED.length) {
      pieces.push(piece + CONTINUED);
      piece = group;
    } else piece = piece ? `${piece} ${group}` : group;
  }
  pieces.push(piece);
  return { pieces, taken: command.length };
}

/** The command's parts joined where a quote opened in one closes in a later one: one shell word each. */
function shellWords(parts: readonly string[]): string[] {
  const joined: string[] = [];
  let open: string | undefined;
  for (const part of parts) {
    if (open) joined[joined.length - 1] += ` ${part}`;
    else joined.push(part);
    for (const ch of part) {
      if (open === ch) open = undefined;
      else if (!open && (ch === '"' || ch === "'")) open = ch;
    }
  }
  return joined;
}

/** An option beside its value (`--out audit.json`) where the two fit a row together. */
function optionGroups(words: readonly string[], room: number): string[] {
  const groups: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    if (
      words[i]!.startsWith('--') &&
      i + 1 < words.length &&
      !words[i + 1]!.startsWith('--') &&
      terminalColumns(pair) <= room
    ) {
      groups.push(pair);
      i++;
    } else groups.push(words[i]!);
  }
  return groups;
}
