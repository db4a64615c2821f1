import path from 'node:path';
import { InputError } from '../errors.js';

/**
 * An error about a file in the audit folder, told as the user can find it. The report names such a
 * file from inside the folder (`roll.csv:14`); an error is read where the command was typed, so it
 * names it from there (`p1/roll.csv:14`). `given` are the paths as the reading was handed them
 * (the folder and every option's): a relative name already at or under one of them is as typed.
 */
export function inFolderTerms(error: unknown, folder: string | undefined, given: readonly string[]): unknown {
  if (!(error instanceof InputError) || folder === undefined) return error;
  const { file, line } = error;
  if (path.isAbsolute(file) || given.some((p) => file === p || isUnder(file, p))) return error;
  const prefix = line === undefined ? `${file}: ` : `${file}:${line}: `;
  if (!error.message.startsWith(prefix)) return error;
  const named = path.join(folder, file);
  return new InputError(named, line, error.message.slice(prefix.length), error.hint);
}

function isUnder(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
