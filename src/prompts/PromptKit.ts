import { styleText } from 'node:util';
import { inert, inertLines, visibleLength, wrapLines, wrapWords } from '../audit/display.js';
import { CancelledError } from '../errors.js';
import { fitRows, inertChoice, pageRows } from './choiceLayout.js';

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
      // Why an answer is refused, folded at spaces under its "> " (the terminal broke it inside a word at 80).
      error: (text: string) =>
        styleText('red', `> ${columns ? wrapWords(text, Math.max(20, columns - 2)).join('\n  ') : text}`),
    },
  };
}

const CANCELLED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

/** A question stopped because the terminal was resized, to be asked again at the new size. */
class Resized extends Error {}

/** Clears the screen and puts the cursor at its top: a question drawn at the old width is reflowed past mending. */
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

/**
 * Asks `question` again, drawn anew, each time the terminal is resized while it is open: Inquirer draws only on a
 * key, and erases as many rows as it drew, so a narrower terminal (which folds every row it drew) kept a broken copy.
 */
async function redrawn<T>(question: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await question();
    } catch (error) {
      if (!(error instanceof Resized)) throw error;
    }
  }
}

export function createPromptKit(streams: PromptStreams): PromptKit {
  const width = (): number | undefined => (streams.output as { columns?: number }).columns;
  const height = (): number | undefined => (streams.output as { rows?: number }).rows;
  // The rows said since the last question was asked (a finding, before its choices), and what they said.
  let said = 0;
  let saidTexts: { text: string; heads: boolean }[] = [];
  // A question folded at spaces, its rows under its words, leaving room on the last for "(y/N)" or a default.
  const asked = (message: string): string => {
    const columns = width();
    return columns ? wrapLines(inertLines(message), Math.max(20, columns - 12)) : inertLines(message);
  };
  const ask = async <T>(
    run: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>,
    /** Whether a resize stops the question to be asked again (`redrawn`): the pickers. */
    redraws = false,
  ): Promise<T> => {
    // Inquirer turns Ctrl+C into ExitPromptError; Esc is ours to notice. readline already emits
    // 'keypress' on the input while a prompt is open.
    const controller = new AbortController();
    const onKeypress = (_text: unknown, key?: { name?: string }): void => {
      if (key?.name === 'escape') controller.abort();
    };
    const resized = new Resized();
    const onResize = (): void => controller.abort(resized);
    streams.input.on('keypress', onKeypress);
    if (redraws) streams.output.on('resize', onResize);
    const before = saidTexts;
    said = 0;
    saidTexts = [];
    try {
      return await run({ input: streams.input, output: streams.output, signal: controller.signal });
    } catch (error) {
      if (controller.signal.reason === resized) {
        // What was said before the question (the finding it asks about) is said again above it, at the new width.
        streams.output.write(CLEAR_SCREEN);
        for (const { text, heads } of before) kit.say(text, { heads });
        throw resized;
      }
      if (error instanceof Error && CANCELLED.has(error.name)) throw new CancelledError();
      throw error;
    } finally {
      streams.input.removeListener('keypress', onKeypress);
      streams.output.removeListener('resize', onResize);
    }
  };
  const kit: PromptKit = {
    search: async (config) => {
      const { search } = await inquirer();
      // What was typed, typed again where the question is asked again at a new size.
      let term: string | undefined;
      return redrawn(() => {
        const count = config.pageSize ?? 10;
        const message = asked(config.message);
        let found: Choice<unknown>[] = [];
        return ask(
          (context) =>
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
                ...(term !== undefined ? { initialValue: term } : {}),
                source: (typed) => {
                  term = typed;
                  const choices = config.source(typed).map((choice) => inertChoice(choice, width()));
                  found = choices;
                  return choices;
                },
              },
              context,
            ),
          true,
        );
      });
    },
    select: async (config) => {
      const { select } = await inquirer();
      // The choice the cursor is on, kept where the question is asked again at a new size: it started again at the
      // first, which Enter would then have answered.
      let active = config.default;
      return redrawn(() => {
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
        // Inquirer draws the cursor's choice through `highlight`, as "❯ " and its name.
        const highlight = (text: string): string => {
          const name = text.slice(text.indexOf(' ') + 1);
          active = choices.find((choice) => choice.name === name)?.value ?? active;
          return styleText('cyan', text);
        };
        Object.assign(theme.style, { highlight });
        const start = active === undefined ? {} : { default: active };
        return ask(
          (context) =>
            select({ loop: false, ...rest, ...start, pageSize: fitted.pageSize, message, theme, choices }, context),
          true,
        );
      });
    },
    // A line being typed is asked again at the new size with what was typed put back, editable: Inquirer's input
    // draws only on a key. Put back as its default, which Enter on a line emptied since would answer: the answer is
    // then what an empty line answers (the question's own default, or nothing), validated as such.
    input: async (config) => {
      const { input } = await inquirer();
      const given = config.default !== undefined ? inert(config.default) : undefined;
      let typed = '';
      let putBack = false;
      // Whether the line was empty when Enter was pressed: Inquirer then draws the put-back default as typed.
      let answeredEmpty = false;
      const answer = await redrawn(() => {
        putBack = typed !== '';
        return ask(
          (context) =>
            input(
              {
                ...config,
                theme: answeredIn(width()),
                message: asked(config.message),
                ...(putBack
                  ? { default: typed, prefill: 'editable' as const }
                  : given !== undefined
                    ? { default: given }
                    : {}),
                transformer: (value, state) => {
                  if (!state.isFinal) typed = value;
                  return config.transformer?.(value, state) ?? (state.isFinal ? styleText('cyan', value) : value);
                },
                validate: (value) => {
                  answeredEmpty = putBack && typed === '';
                  const meant = answeredEmpty ? (given ?? '') : value;
                  if (config.required && !meant) return 'You must provide a value';
                  return config.validate?.(meant) ?? true;
                },
              },
              context,
            ),
          true,
        );
      });
      return answeredEmpty ? (given ?? '') : answer;
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
      saidTexts = options?.heads ? [{ text, heads: true }] : [...saidTexts, { text, heads: false }];
      streams.output.write(`${shown}\n`);
    },
  };
  return kit;
}
