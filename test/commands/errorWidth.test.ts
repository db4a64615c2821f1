import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { schoolForEachTest } from './harness.js';

// main() sets the process's exit status, as the binary's: the test runner's own is given back.
let runner: typeof process.exitCode;
beforeEach(() => {
  runner = process.exitCode;
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = runner;
});

/** A terminal `columns` wide that keeps what is written to it. */
function terminalOf(columns: number): { stream: Writable & { isTTY: true; columns: number }; text(): string } {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, callback) {
        text += String(chunk);
        callback();
      },
    }),
    { isTTY: true as const, columns },
  );
  return { stream, text: () => text };
}

describe('an error on a terminal', () => {
  it('is folded at spaces to its width, the hint under its indent', async () => {
    const { stream: stderr, text } = terminalOf(60);
    const stdin = new PassThrough();
    stdin.end('');
    const io = { stdout: new PassThrough(), stderr, stdin, env: { NO_COLOR: '1' }, today: () => '2026-11-24' };
    await main(['node', 'social-audit', 'audit', 'no-such-school-folder'], io);
    expect(process.exitCode).toBe(2);
    const lines = text().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines[0]).toBe('social-audit: no-such-school-folder: no such folder');
    expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true);
    expect(text().replace(/\s+/g, ' ')).toContain('Give the audit folder that holds roll.csv, staff.csv');
  });
});

describe('a message on a terminal', () => {
  const world = schoolForEachTest();
  it('exemptions add and list fold what they say at spaces to its width, never inside a name', async () => {
    const { stream: stdout, text } = terminalOf(60);
    const io = { ...world.io, stdout };
    const add = ['exemptions', 'add', 'school', '--staff-id', 'S1', '--pupil-id', 'A100000000002'];
    await main(['node', 'social-audit', ...add, '--relationship', 'cousin', '--recorded-by', 'K. Head', '--yes'], io);
    expect(process.exitCode).toBe(0);
    await main(['node', 'social-audit', 'exemptions', 'list', 'school'], io);
    expect(process.exitCode).toBe(0);
    const lines = text().trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const said = text().replace(/\s+/g, ' ');
    expect(said).toContain('Jane Doe’s connections with Zoë Núñez are listed under the family links');
    expect(said).toContain('Zoë Núñez (current pupil, Year 5 5N, age 10)');
  });
});
