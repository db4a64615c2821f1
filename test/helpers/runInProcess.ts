import { existsSync, readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli.js';
import { processIO } from '../../src/commands/CliIO.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Collects what a command writes, as the bytes a pipe would carry. */
function collector(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * The CLI as `bin/social-audit.js` runs it (`main` with the process's clock), but in this process
 * with its streams injected through `CliIO`: no terminal, no colour, standard input given or empty.
 * For tests of what a command does; the spawned binary (`test/e2e/runCli.ts`) stays for the few
 * tests of the binary itself, whose start-up costs about half a second of CPU each time.
 */
export async function runInProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  const stdout = collector();
  const stderr = collector();
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  const io = {
    ...processIO(),
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    // The test runner's account is nobody's name: a test that means one gives it in env (LOGNAME).
    loginName: () => undefined,
  };
  // main() reports its status in process.exitCode, as the binary's exit status: read it, then
  // give the test runner's own back.
  const runner = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(['node', 'social-audit', ...args], io);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.exitCode = runner;
  }
}

/**
 * `audit FOLDER --date 2026-11-24 --format json --out OUT` run in this process, and the JSON report it wrote:
 * for tests whose subject is what an audit finds rather than the command itself.
 */
export async function auditToJson(folder: string, out: string) {
  const result = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', out]);
  // No report written: undefined, so that the test's own checks of the exit status and messages say why.
  return { ...result, report: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}
