import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterEach } from 'vitest';
import { copySchool } from '../../commands/harness.js';
import { BIN } from '../../e2e/runCli.js';

export const ADD = ['--relationship', 'parent', '--recorded-by', 'K. Head'];

/**
 * For a test file: a function that gives a fresh copy of the fixture school, each removed after its
 * test.
 */
export function schoolPerTest(): () => { dir: string; folder: string } {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return () => {
    const copy = copySchool();
    cleanups.push(copy.cleanup);
    return copy;
  };
}

/** The built CLI run without a terminal, not waited for, so that several can run at once. */
export function runCliAsync(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Files in a folder the tool may have left behind: temporaries, locks. */
export function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith('.') || /\.csv\.\d+$/.test(name));
}

/** No stack trace: no "    at " frame, no "unexpected error". */
export function expectNoStack(stderr: string): void {
  if (/^\s+at /m.test(stderr) || stderr.includes('unexpected error'))
    throw new Error(`a stack trace reached the user:\n${stderr}`);
}
