import { styleText } from 'node:util';
import { inert, inertLines, visibleLength, wrapLine, wrapLines, wrapWords } from '../audit/display.js';
import { CancelledError } from '../errors.js';

// Loaded when a question is first asked: scripts and plain audits never need it, and loading it
// styles text at once (which makes Node warn when both NO_COLOR and FORCE_COLOR are set).
const inquirer = async () => import('@inquirer/prompts');

export interface Choice<V> {
  value: V;
  name: string;
  /** Shown once chosen, instead of `name`. */
  short?: string;
  /** The same choice said shorter, shown instead of `name` where `name` would fold onto more rows than it. */
  narrow?: string;
  description?: string;
  /** A reason the choice cannot be taken, shown beside it. */
  disabled?: boolean | string;
}

/** The streams the prompts talk on: the terminal in use, or a test's. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/**
 * The questions the flows ask, behind one small interface so that flows are plain functions of
 * their answers and tests can drive them. Ctrl+C or Esc at any question throws
 * `CancelledError` (exit 130), and nothing has been written by then: flows only return answers.
 */
export interface PromptKit {
  search<V>(config: {
    message: string;
    source: (term: string | undefined) => readonly Choice<V>[];
    pageSize?: number;
  }): Promise<V>;
  select<V>(config: {
    message: string;
    choices: readonly Choice<V>[];
    default?: V;
    pageSize?: number;
    /** Said in brackets after the question where what was said before it (a finding) cannot stay in sight above it. */
    recap?: string;
  }): Promise<V>;
  input(config: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: (value: string) => true | string;
    transformer?: (value: string, state: { isFinal: boolean }) => string;
  }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
  /**
   * Prints a line or block between questions. `heads`: the block is what the next question asks about (a finding), which
   * the question leaves room for on the screen where it can.
   */
  say(text: string, options?: { heads?: boolean }): void;
}

/**
 * Names and values from the user's files reach the terminal through choices and messages: made
 * inert here, once. A name wider than the terminal is folded at spaces under itself (past the
 * cursor's two columns), since Inquirer would break it inside a word.
 */
function inertChoice<V>(choice: Choice<V>, width: number | undefined): Choice<V> {
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
function pageRows(choices: readonly Choice<unknown>[], count: number): number {
  return Math.max(
    count,
    choices.slice(0, count).reduce((n, c) => n + c.name.split('\n').length, 0),
  );
}

/**
 * Once answered, a question keeps its words without the hint in brackets at its end ("Member of
 * staff (type part of a name, role or id)"), also where the hint was folded onto a second row: the
 * answer follows on the same line, which at 80 columns the terminal would otherwise break inside a
 * word. Bold, as Inquirer's own style.
 */
const THEME = answeredIn();

/**
 * The theme of a choice among `choices` on a terminal `columns` wide: where the longest answer would not fit beside
 * the question's last row (the terminal would cut it inside a word), the answer starts a row of its own. A search's
 * choices are those last found, read once answered.
 */
function answeredIn(columns?: number, choices: () => readonly Choice<unknown>[] = () => []) {
  return {
    style: {
      message: (text: string, status: string) => {
        if (status !== 'done') return styleText('bold', text);
        const longest = Math.max(0, ...choices().map((c) => visibleLength((c.short ?? c.name).split('\n')[0]!)));
        const asked = text.replace(/\s*\([^()]*\)$/, '');
        const last = asked.split('\n').at(-1)!;
        // "✔ " before the question's first row, a space before the answer.
        const used = visibleLength(last) + (asked.includes('\n') ? 0 : 2) + 1;
        return styleText('bold', columns && used + longest > columns ? `${asked}\n ` : asked);
      },
    },
  };
}

/**
 * A select's page on a terminal `rows` high: the keys' help (and the blank row above it) left out where that makes the
 * rows said before the question (a finding) fit with it, or the choices alone; a page held to the rows the terminal
 * has where the choices alone would not fit, so that the question is never taller than the screen (Inquirer cannot
 * draw it again there: its rows repeat) and its choices scroll.
 */
function fitRows(
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

const CANCELLED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

export function createPromptKit(streams: PromptStreams): PromptKit {
  const width = (): number | undefined => (streams.output as { columns?: number }).columns;
  const height = (): number | undefined => (streams.output as { rows?: number }).rows;
  // The rows said since the last question was asked (a finding, before its choices).
  let said = 0;
  // A question folded at spaces, its rows under its words, leaving room on the last for "(y/N)" or a default.
  const asked = (message: string): string => {
    const columns = width();
    return columns ? wrapLines(inertLines(message), Math.max(20, columns - 12)) : inertLines(message);
  };
  const ask = async <T>(
    run: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>,
  ): Promise<T> => {
    // Inquirer turns Ctrl+C into ExitPromptError; Esc is ours to notice. readline already emits
    // 'keypress' on the input while a prompt is open.
    const controller = new AbortController();
    const onKeypress = (_text: unknown, key?: { name?: string }): void => {
      if (key?.name === 'escape') controller.abort();
    };
    streams.input.on('keypress', onKeypress);
    said = 0;
    try {
      return await run({ input: streams.input, output: streams.output, signal: controller.signal });
    } catch (error) {
      if (error instanceof Error && CANCELLED.has(error.name)) throw new CancelledError();
      throw error;
    } finally {
      streams.input.removeListener('keypress', onKeypress);
    }
  };
  return {
    search: async (config) => {
      const { search } = await inquirer();
      const count = config.pageSize ?? 10;
      const message = asked(config.message);
      let found: Choice<unknown>[] = [];
      return ask((context) =>
        search(
          {
            // 40 columns: "✔ Member of staff Priya Sharma (ST12, PTA Chair)" ran past the edge, cut in a word.
            theme: answeredIn(width(), () => found),
            ...config,
            // Read at each drawing, of the results drawn: the page's last choice whole, not cut part-way, and
            // never taller than the screen, as a select's (fitRows): 40 × 24, each keypress left a copy above.
            get pageSize() {
              return fitRows(message, found, pageRows(found, count), height(), 0, true).pageSize;
            },
            message,
            source: (term) => {
              const choices = config.source(term).map((choice) => inertChoice(choice, width()));
              found = choices;
              return choices;
            },
          },
          context,
        ),
      );
    },
    select: async (config) => {
      const { select } = await inquirer();
      // Where a choice would fold, every choice that has a shorter way of saying it says it so, alike.
      const folds = config.choices.some((c) => c.narrow && inertChoice(c, width()).name.includes('\n'));
      const choices = config.choices
        .map((choice) => (folds && choice.narrow ? { ...choice, name: choice.narrow } : choice))
        .map((choice) => inertChoice(choice, width()));
      const { recap, ...rest } = config;
      // `pageSize` counts choices; Inquirer counts rows, and a choice folded onto two would push the last out of sight.
      const pageSize = pageRows(choices, config.pageSize ?? 10);
      const rows = height();
      let message = asked(config.message);
      // The finding's head (whose list, which account) scrolls away: the question names it.
      if (recap && rows && said + message.split('\n').length + pageSize > rows)
        message = asked(`${config.message} (${recap})`);
      const fitted = fitRows(message, choices, pageSize, rows, said);
      const theme = answeredIn(width(), () => choices);
      if (!fitted.help) Object.assign(theme.style, { keysHelpTip: () => '' });
      return ask((context) =>
        select({ loop: false, ...rest, pageSize: fitted.pageSize, message, theme, choices }, context),
      );
    },
    input: async (config) => {
      const { input } = await inquirer();
      return ask((context) =>
        input(
          {
            ...config,
            theme: THEME,
            message: asked(config.message),
            ...(config.default !== undefined ? { default: inert(config.default) } : {}),
          },
          context,
        ),
      );
    },
    confirm: async (config) => {
      const { confirm } = await inquirer();
      return ask((context) => confirm({ ...config, theme: THEME, message: asked(config.message) }, context));
    },
    say: (text, options) => {
      const columns = width();
      const safe = inertLines(text);
      const shown = columns ? wrapLines(safe, columns) : safe;
      // A blank row above a finding may scroll away; the finding's own rows are what should stay in sight.
      said = options?.heads ? shown.replace(/^\n+/, '').split('\n').length : said + shown.split('\n').length;
      streams.output.write(`${shown}\n`);
    },
  };
}
