import { UserError } from '../errors.js';
import type { CliIO } from './CliIO.js';

/**
 * Watches standard output for a write that failed: `… --format json > audit.json` on a full disk. The
 * stream says so in an event, after the command has gone on; thrown from there, it was a stack and exit 1,
 * which a script reads as a finished audit with findings. Returns what to ask once the command is done.
 */
export function watchStdout(io: CliIO): () => Promise<UserError | undefined> {
  let failed: NodeJS.ErrnoException | undefined;
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `social-audit audit … | head` closes the pipe early; that is the reader's choice, not an error.
    if (error.code !== 'EPIPE') failed ??= error;
  });
  return async () => {
    await settled(io.stdout);
    return failed === undefined ? undefined : stdoutError(failed);
  };
}

/** Once every write so far has succeeded or failed: a failed write's event comes on a later tick. */
function settled(stream: CliIO['stdout']): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => stream.write('', () => resolve()));
}

function stdoutError(error: NodeJS.ErrnoException): UserError {
  const code = error.code ?? error.message;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? `the disk is full (${code})`
      : code === 'EIO'
        ? 'the disk reported an error (EIO)'
        : `it failed (${code})`;
  return new UserError(`standard output: cannot write the report: ${why}; what was written there is incomplete`, {
    hint: 'Free some space and run the command again; with --out FILE a report is written whole or not at all.',
  });
}
