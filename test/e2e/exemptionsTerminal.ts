import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BIN } from './runCli.js';

const run = promisify(execFile);

/**
 * How long to wait for the screen or the exit: only a last guard against a hung command, long
 * because on a loaded 2-core machine starting Node and the prompts can take many seconds.
 */
const PATIENCE_MS = 120_000;
/** Between looks at the screen: each look starts a tmux client, which costs CPU on a busy machine. */
const POLL_MS = 100;

/** Why the terminal tests cannot run here, or undefined when they can. */
export function terminalUnavailable(): string | undefined {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'tmux is not installed (apt-get install -y tmux)';
  return undefined;
}

/**
 * The built CLI in a real pseudo-terminal: a tmux session on a private server, typed into with
 * send-keys and read with capture-pane, as a person at a terminal would use it.
 */
export class Terminal {
  private readonly socket = `social-audit-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'run';

  constructor(
    private readonly cwd: string,
    private readonly size = { columns: 120, rows: 50 },
  ) {}

  /** Starts `social-audit ARGS`; its pid goes to pid.txt and its exit status to exit.txt in cwd. */
  start(args: string[]): void {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // exec keeps the pid, so pid.txt names the node process itself. CI would make it non-interactive.
    writeFileSync(
      path.join(this.cwd, 'run.sh'),
      `echo $$ > pid.txt\nexec env -u CI -u FORCE_COLOR NO_COLOR=1 TERM=xterm ${quoted}\n`,
    );
    this.tmux([
      'new-session',
      '-d',
      '-s',
      this.session,
      '-x',
      String(this.size.columns),
      '-y',
      String(this.size.rows),
      '-c',
      this.cwd,
      'sh run.sh; echo $? > exit.txt; sleep 60',
    ]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-t', this.session, '-l', text]);
  }

  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.session, ...keys]);
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.session]);
  }

  /** Waits until the screen shows `text`, looking without blocking the test's event loop. */
  async waitFor(text: string | RegExp, timeoutMs = PATIENCE_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { stdout: shown } = await run('tmux', ['-L', this.socket, 'capture-pane', '-p', '-t', this.session], {
        encoding: 'utf8',
      });
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(text)}; it shows:\n${shown}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  pid(): number {
    return Number(readFileSync(path.join(this.cwd, 'pid.txt'), 'utf8').trim());
  }

  async exitCode(timeoutMs = PATIENCE_MS): Promise<number> {
    const file = path.join(this.cwd, 'exit.txt');
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file) || readFileSync(file, 'utf8').trim() === '') {
      if (Date.now() > deadline) throw new Error(`the command did not finish; the terminal shows:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return Number(readFileSync(file, 'utf8').trim());
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  private tmux(args: string[]): string {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  }
}
