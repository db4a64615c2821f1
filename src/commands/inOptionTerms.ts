import { UserError } from '../errors.js';
import { INPUT_NAMES } from '../io/loadAuditFolder.js';

/** The option that gives each input of an audit, and how it is written. */
const OPTIONS: Record<keyof typeof INPUT_NAMES, { option: string; usage: string }> = {
  folder: { option: 'FOLDER', usage: 'give the folder, or the files with --roll FILE and --connections PATH' },
  rolls: { option: '--roll', usage: '--roll FILE' },
  staff: { option: '--staff', usage: '--staff FILE' },
  exemptions: { option: '--exemptions', usage: '--exemptions FILE' },
  decisions: { option: '--decisions', usage: '--decisions FILE' },
  connections: { option: '--connections', usage: '--connections PATH' },
};

/**
 * A library error about one of the audit's inputs, told as the command line gives them: the
 * library says "roll x.csv: no such file", the command "--roll x.csv: no such file".
 */
export function inOptionTerms(error: unknown): unknown {
  if (!(error instanceof UserError) || error.input === undefined || !Object.hasOwn(OPTIONS, error.input)) return error;
  const input = error.input as keyof typeof OPTIONS;
  const { option, usage } = OPTIONS[input];
  const label = `${INPUT_NAMES[input]} `;
  const options = { exitCode: error.exitCode, cause: error, input };
  if (input !== 'folder' && error.message.startsWith(label)) {
    return new UserError(
      `${option} ${error.message.slice(label.length)}`,
      error.hint === undefined ? options : { ...options, hint: error.hint },
    );
  }
  return new UserError(error.message, {
    ...options,
    hint: `${error.hint ?? ''}${error.hint ? ' ' : ''}On the command line: ${usage}.`,
  });
}
