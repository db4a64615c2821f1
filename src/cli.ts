import { type Command, CommanderError, Help } from 'commander';
import { registerAudit } from './commands/audit.js';
import { type CliIO, processIO } from './commands/CliIO.js';
import { registerExemptions } from './commands/exemptions.js';
import { HintedCommand } from './commands/HintedCommand.js';
import { interruptNote } from './commands/interruptNote.js';
import { refuseRepeatedOptions } from './commands/onceOnly.js';
import { progressLine } from './commands/progressLine.js';
import { registerReport } from './commands/report.js';
import { registerReview } from './commands/review.js';
import { say } from './commands/say.js';
import { watchStdout } from './commands/watchStdout.js';
import { isUserError } from './errors.js';
import { releaseLocksNow } from './io/lock.js';
import { type Stopped, stopOnInterrupt } from './io/stopOnInterrupt.js';
import { inertLines } from './report/inert.js';
import { wrapLines } from './report/wrapLine.js';
import { VERSION } from './version.js';

/** Wires commander to the command modules; each command lives in its own module. */
export function buildProgram(io: CliIO): Command {
  const program = new HintedCommand('social-audit')
    .description(
      'Checks staff’s social-network connections against the pupil roll, as the school’s social networking policy requires.',
    )
    .version(VERSION, '-V, --version')
    // The list of commands shows each as its own --help does: `review <audit.json>`, not the `[audit.json]`
    // commander takes (optional there only so that its absence gets a hint). Inherited by the commands.
    .configureHelp({
      subcommandTerm: (cmd) =>
        cmd.commands.length > 0 ? new Help().subcommandTerm(cmd) : `${cmd.name()} ${cmd.usage()}`,
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // A misspelt option or command is told as every other mistake is: "social-audit: …", then what to do
      // (HintedCommand), what was typed made inert and at a terminal folded to its width.
      outputError: (text, write) => write(`${folded(io, inertLines(text.replace(/^error: /, 'social-audit: ')))}`),
    })
    .exitOverride();
  registerAudit(program, io);
  registerExemptions(program, io);
  registerReview(program, io);
  registerReport(program, io);
  refuseRepeatedOptions(program);
  return program;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<void> {
  const stdoutFailure = watchStdout(io);
  // Standard error that cannot be written (a script's log on a full disk) has no one to tell, and thrown
  // from its handler it was exit 1, a finished audit with findings: the exit status still says what happened.
  io.stderr.on('error', () => {});
  const program = buildProgram(io);
  // Ctrl+C outside a prompt (reading, matching, writing) says what it left, rather than nothing.
  const uninstall = stopOnInterrupt((stopped) => {
    releaseLocksNow();
    // At a terminal the line starts below the ^C it echoed; elsewhere below a progress line left open.
    const below = io.stderr.isTTY === true || progressLine.open;
    // Folded at a terminal, as every message is (say).
    say(io.stderr, `${below ? '\n' : ''}${stoppedMessage(stopped)}`);
    // Answers given at the prompts and not yet saved (review): whether to start again hangs on it.
    const unsaved = interruptNote.about?.();
    if (unsaved !== undefined) say(io.stderr, `  ${unsaved}`);
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error, io);
  } finally {
    uninstall();
  }
  const failure = await stdoutFailure();
  if (failure !== undefined) {
    // Whatever the command decided, its output is incomplete: 2, unless it was cancelled or a bug.
    const code = exitCodeFor(failure, io);
    if (process.exitCode === undefined || Number(process.exitCode) < 2) process.exitCode = code;
  }
}

function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and --version are not failures.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isUserError(error)) {
    // Messages quote file names and values from the input: shown inert, never as escapes.
    // On a terminal, folded at spaces to its width (the terminal would break words).
    io.stderr.write(`${folded(io, `social-audit: ${inertLines(error.message)}`)}\n`);
    if (error.hint) io.stderr.write(`${folded(io, `  ${inertLines(error.hint)}`)}\n`);
    return error.exitCode;
  }
  // A bug: keep the stack so it can be reported.
  io.stderr.write('social-audit: unexpected error (this is a bug; please report it with the lines below)\n');
  io.stderr.write(`${inertLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
  return 70;
}

/** A message on a terminal folded at spaces to its width (the terminal would break words). */
function folded(io: CliIO, text: string): string {
  const width = io.stderr.isTTY ? io.stderr.columns : undefined;
  return width ? wrapLines(text, width) : text;
}

/** One line: what a command stopped by Ctrl+C (or SIGTERM) had written, and what it had not. */
export function stoppedMessage({ signal, written, unfinished }: Stopped): string {
  const said = (names: readonly string[]): string =>
    names.length <= 3
      ? names.join(names.length === 3 ? ', ' : ' and ').replace(/, ([^,]*)$/, ' and $1')
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  const left =
    unfinished.length > 0 ? ` (${said(unfinished)} ${unfinished.length === 1 ? 'is' : 'are'} as before)` : '';
  const what =
    written.length > 0
      ? `${said(written)} ${written.length === 1 ? 'was' : 'were'} written; nothing else was${left}`
      : `nothing was written${left || '; every file is as it was'}`;
  return `social-audit: stopped (${signal === 'SIGINT' ? 'Ctrl+C' : signal}) before it finished: ${what}.`;
}
