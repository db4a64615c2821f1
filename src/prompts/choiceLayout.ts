import { inert, inertLines, visibleLength, wrapLine, wrapWords } from '../audit/display.js';
import type { Choice } from './PromptKit.js';

/**
 * Names and values from the user's files reach the terminal through choices and messages: made
 * inert here, once. A name wider than the terminal is folded at spaces under itself (past the
 * cursor's two columns), since Inquirer would break it inside a word.
 */
export function inertChoice<V>(choice: Choice<V>, width: number | undefined): Choice<V> {
  const { narrow: _narrow, ...rest } = choice;
  const name = inert(choice.name);
  const rows = width ? wrapLine(name, width - 3) : [name];
  // Inquirer writes a reason the choice is disabled after its name: a row of its own where the last has no room.
  const why = typeof choice.disabled === 'string' ? inert(choice.disabled) : undefined;
  if (width && why !== undefined && visibleLength(`${rows.at(-1)!} ${why}`) > width - 3) rows.push(' ');
  const safe: Choice<V> = { ...rest, name: rows.join('\n') };
  if (choice.short !== undefined) safe.short = inert(choice.short);
  if (choice.description !== undefined) {
    const description = inertLines(choice.description);
    safe.description = width ? foldDescription(description, width) : description;
  }
  if (why !== undefined) safe.disabled = why;
  return safe;
}

/**
 * A choice's description (`UPN … · admission no. … · from roll.csv:5`) folded to the width between its parts, each
 * part's words kept on one row where they fit: the terminal would break it anywhere, a row starting ` · from`.
 */
function foldDescription(text: string, width: number): string {
  const rows: string[] = [];
  for (const part of text.split('\n').flatMap((line) => line.split(' · '))) {
    const last = rows.at(-1);
    if (last !== undefined && visibleLength(`${last} · ${part}`) <= width) rows[rows.length - 1] = `${last} · ${part}`;
    else {
      if (last !== undefined && visibleLength(`${last} ·`) <= width) rows[rows.length - 1] = `${last} ·`;
      rows.push(...wrapWords(part, width));
    }
  }
  return rows.join('\n');
}

/** The rows the first `count` choices take, folded: Inquirer's `pageSize` counts rows, not choices. */
export function pageRows(choices: readonly Choice<unknown>[], count: number): number {
  return Math.max(
    count,
    choices.slice(0, count).reduce((n, c) => n + c.name.split('\n').length, 0),
  );
}

/**
 * A select's page on a terminal `rows` high: the keys' help (and the blank row above it) left out where that makes the
 * rows said before the question (a finding) fit with it, or the choices alone; a page held to the rows the terminal
 * has where the choices alone would not fit, so that the question is never taller than the screen (Inquirer cannot
 * draw it again there: its rows repeat) and its choices scroll.
 */
export function fitRows(
  message: string,
  choices: readonly Choice<unknown>[],
  pageSize: number,
  rows: number | undefined,
  saidBefore: number,
  /** A search's help is always drawn: its page leaves room for it. */
  keepHelp = false,
): { pageSize: number; help: boolean } {
  if (!rows) return { pageSize, help: true };
  const asked = message.split('\n').length;
  const described = Math.max(0, ...choices.map((c) => (c.description ? c.description.split('\n').length + 1 : 0)));
  const block = asked + pageSize + described;
  // The help takes two rows: kept unless leaving it out makes the finding fit with its choices, or the choices alone.
  const help = keepHelp || (block + 2 <= rows && !(saidBefore + block + 2 > rows && saidBefore + block <= rows));
  return { pageSize: Math.max(1, Math.min(pageSize, rows - asked - described - (help ? 2 : 0))), help };
}
