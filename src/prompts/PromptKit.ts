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
  select<V>(config: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number }): Promise<V>;
  input(config: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: (value: string) => true | string;
    transformer?: (value: string, state: { isFinal: boolean }) => string;
  }): Promise<string>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
  /** Prints a line or block between questions. */
  say(text: string): void;
}

/**
 * Names and values from the user's files reach the terminal through choices and messages: made
 * inert here, once. A name wider than the terminal is folded at spaces under itself (past the
 * cursor's two columns), since Inquirer would break it inside a word.
 */
function inertChoice<V>(choice: Choice<V>, width: number | undefined): Choice<V> {
  const name = inert(choice.name);
  const safe: Choice<V> = { ...choice, name: width ? wrapLine(name, width - 3).join('\n') : name };
  if (choice.short !== undefined) safe.short = inert(choice.short);
  if (choice.description !== undefined) {
    const description = inertLines(choice.description);
    safe.description = width ? foldDescription(description, width) : description;
  }
  if (typeof choice.disabled === 'string') safe.disabled = inert(choice.disabled);
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
 * the question's last row (the terminal would cut it inside a word), the answer starts a row of its own.
 */
function answeredIn(columns?: number, choices: readonly Choice<unknown>[] = []) {
  const longest = Math.max(0, ...choices.map((c) => visibleLength((c.short ?? c.name).split('\n')[0]!)));
  return {
    style: {
      message: (text: string, status: string) => {
        if (status !== 'done') return styleText('bold', text);
        const asked = text.replace(/\s*\([^()]*\)$/, '');
        const last = asked.split('\n').at(-1)!;
        // "✔ " before the question's first row, a space before the answer.
        const used = visibleLength(last) + (asked.includes('\n') ? 0 : 2) + 1;
        return styleText('bold', columns && used + longest > columns ? `${asked}\n ` : asked);
      },
    },
  };
}

const CANCELLED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

export function createPromptKit(streams: PromptStreams): PromptKit {
  const width = (): number | undefined => (streams.output as { columns?: number }).columns;
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
      let found: Choice<unknown>[] = [];
      return ask((context) =>
        search(
          {
            theme: THEME,
            ...config,
            // Read at each drawing, of the results drawn: the page's last choice whole, not cut part-way.
            get pageSize() {
              return pageRows(found, count);
            },
            message: asked(config.message),
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
      const choices = config.choices.map((choice) => inertChoice(choice, width()));
      // `pageSize` counts choices; Inquirer counts rows, and a choice folded onto two would push the last out of sight.
      return ask((context) =>
        select(
          {
            loop: false,
            ...config,
            pageSize: pageRows(choices, config.pageSize ?? 10),
            message: asked(config.message),
            theme: answeredIn(width(), choices),
            choices,
          },
          context,
        ),
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
    say: (text) => {
      const columns = width();
      const safe = inertLines(text);
      streams.output.write(`${columns ? wrapLines(safe, columns) : safe}\n`);
    },
  };
}
