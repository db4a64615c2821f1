import { quote, UserError } from '../errors.js';
import { recorderName, recorderProblem } from '../prompts/recorderName.js';
import { describeRecorderFallback, loginRecorder } from '../report/wording.js';
import type { CliIO } from './CliIO.js';

/**
 * Not at a terminal nothing can be asked, so every required value must come as an option: the
 * error names all the missing ones at once (exit 2) rather than waiting for input.
 */
export function missingOptions(command: string, required: readonly [option: string, value: unknown][]): void {
  const missing = required
    .filter(([, value]) => value === undefined || value === '' || value === false)
    .map(([option]) => option);
  if (missing.length === 0) return;
  throw new UserError(`${command}: missing ${missing.join(', ')} (this is not a terminal, so nothing can be asked)`, {
    hint: `Give ${missing.length === 1 ? 'it as an option' : 'them as options'} (see \`social-audit ${command} --help\`), or run the command at a terminal to be asked.`,
  });
}

/** A name a change is recorded under that the command was not given, and the line that says whose it is. */
interface FallbackRecorder {
  name: string;
  /** For standard error, once every other option is there: a script's log says whose name was used. */
  note: string;
}

/**
 * Who is making a change when no --recorded-by is given and nothing can be asked: the name used last time, else the
 * login name as git finds it (USER, USERNAME, LOGNAME, then the account the process runs as). A login name is no
 * person's, so the record says it is one (`jsmith (login name)`).
 */
function recorderFallback(remembered: string | undefined, io: CliIO): FallbackRecorder | undefined {
  if (remembered) return { name: remembered, note: describeRecorderFallback(remembered, 'last') };
  const login = [io.env.USER, io.env.USERNAME, io.env.LOGNAME, io.loginName?.()]
    .map((name) => (name === undefined ? '' : recorderName(name)))
    .find((name) => name !== '');
  if (login === undefined) return undefined;
  const name = loginRecorder(login);
  return { name, note: describeRecorderFallback(name, 'login') };
}

/** `--recorded-by` as given, else (nothing can be asked) the name it falls back to. */
export function recorderOf(
  raw: string | undefined,
  interactive: boolean,
  remembered: string | undefined,
  io: CliIO,
): { recorder: string | undefined; recorderNote: string | undefined } {
  const given = givenRecorder(raw);
  const fallback = given || interactive ? undefined : recorderFallback(remembered, io);
  return { recorder: given ?? fallback?.name, recorderNote: fallback?.note };
}

/** `--recorded-by` as saved: undefined where it shows as nothing (then missing), refused where it is no name. */
function givenRecorder(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const problem = recorderProblem(raw);
  if (problem)
    throw new UserError(`--recorded-by ${quote(raw)}: ${problem}`, {
      hint: 'Give the name of the person making the change, in quotes if it holds spaces: --recorded-by "K. Head".',
    });
  return recorderName(raw);
}
