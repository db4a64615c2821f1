import { quote, UserError } from '../errors.js';
import { recorderName, recorderProblem } from '../prompts/recorderName.js';
import { describeRecorderFallback, loginRecorder } from '../report/wording.js';
import type { CliIO } from './CliIO.js';
import { say } from './say.js';

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

/**
 * Who is making a change when no --recorded-by is given and nothing can be asked: the name used last time, else the
 * login name as git finds it (USER, USERNAME, LOGNAME, then the account the process runs as). A login name is no
 * person's, so the record says it is one (`jsmith (login name)`), and standard error says which name was used.
 */
export function recorderFallback(remembered: string | undefined, io: CliIO): string | undefined {
  if (remembered) {
    say(io.stderr, describeRecorderFallback(remembered, 'last'));
    return remembered;
  }
  const login = [io.env.USER, io.env.USERNAME, io.env.LOGNAME, io.loginName?.()]
    .map((name) => (name === undefined ? '' : recorderName(name)))
    .find((name) => name !== '');
  if (login === undefined) return undefined;
  const recorded = loginRecorder(login);
  say(io.stderr, describeRecorderFallback(recorded, 'login'));
  return recorded;
}

/** `--recorded-by` as saved: undefined where it shows as nothing (then missing), refused where it is no name. */
export function givenRecorder(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const problem = recorderProblem(raw);
  if (problem) throw new UserError(`--recorded-by ${quote(raw)}: ${problem}`);
  return recorderName(raw);
}
