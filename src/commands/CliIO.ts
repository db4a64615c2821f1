import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { WriteFileSystem } from '../io/WriteFileSystem.js';
import { fromLocalDate } from '../normalise/dates.js';

/**
 * The outside world as commands see it. Only commands touch it; everything they call gets plain
 * values (colour, width, today's date) so that the core never reads the terminal or the clock.
 */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The folder relative paths are taken from; unset: the process's own, and paths are used as typed. */
  cwd?: string;
  /** Today, as an ISO date. */
  today(): string;
  /** Now, as an ISO date and time with offset, for change logs (default: the clock). */
  now?(): string;
  /** The account the process runs as (os.userInfo()), where it has one: the last fallback for who made a change. */
  loginName?(): string | undefined;
  /** Where the kept files are written (default: the disk), so that tests can make it full or read-only. */
  writeFs?: WriteFileSystem;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    today: () => fromLocalDate(new Date()),
    loginName: () => {
      try {
        return os.userInfo().username || undefined;
      } catch {
        return undefined; // a uid with no account (a container's): no name to fall back on
      }
    },
  };
}

/** A path as typed, made absolute against the command's working folder where one is set (tests run elsewhere). */
export function resolvePath(io: CliIO, p: string): string {
  return path.isAbsolute(p) || io.cwd === undefined ? p : path.join(io.cwd, p);
}

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR wins for tests. */
export function wantsColor(io: CliIO, stream: { isTTY?: boolean } = io.stdout): boolean {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return stream.isTTY === true && io.env.TERM !== 'dumb';
}

/** Whether a person can answer prompts. */
export function isInteractive(io: CliIO): boolean {
  return io.stdin.isTTY === true && io.stdout.isTTY === true && !io.env.CI;
}
