/**
 * The one error module. A `UserError` is something the person running the tool can fix:
 * it prints as one clear line (plus a hint) without a stack and exits 2. Anything else is a
 * bug and keeps its stack.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly hint: string | undefined;
  readonly exitCode: number;
  /**
   * Which input of a library call the problem is with, as the call names it (`rolls`, `staff`,
   * `folder`…): the library speaks of files, and a command adds the option that gave it.
   */
  readonly input: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown; input?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
    this.input = options.input;
  }
}

/** A problem at a place in an input file: `roll.csv:14: DOB "31/02/2013" is not a date`. */
export class InputError extends UserError {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string, hint?: string) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${problem}`, hint === undefined ? {} : { hint });
    this.file = file;
    this.line = line;
  }
}

/** The person pressed Ctrl+C or Esc at a prompt: nothing was changed. */
export class CancelledError extends UserError {
  /** `hint`: what was thrown away and how to keep it next time, where the person had answered something. */
  constructor(hint?: string) {
    super('Cancelled: nothing was changed.', hint === undefined ? { exitCode: 130 } : { exitCode: 130, hint });
  }
}

/** A kept file changed on disk while a person was answering: nothing was written. */
export class FileChangedError extends UserError {
  constructor(name: string) {
    super(`${name}: changed while you were answering, so nothing was written`, {
      hint: 'Run the command again to work on the file as it is now.',
    });
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Quotes a value from the input the way error messages show it. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
