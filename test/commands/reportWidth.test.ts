import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/commands/CliIO.js';
import { reportWidth } from '../../src/commands/emitReport.js';

const stream = (tty?: { columns: number }) =>
  Object.assign(new Writable({ write: (_c, _e, callback) => callback() }), tty ? { isTTY: true, ...tty } : {});

const io = (
  stdout: ReturnType<typeof stream>,
  stderr: ReturnType<typeof stream>,
  env: NodeJS.ProcessEnv = {},
): CliIO => ({
  stdout,
  stderr,
  stdin: new PassThrough(),
  env,
  today: () => '2026-11-24',
});

describe('reportWidth', () => {
  it('is the terminal’s width when the report goes to it', () => {
    expect(reportWidth(io(stream({ columns: 120 }), stream({ columns: 120 })))).toBe(120);
  });

  it('in a pipe read on a terminal (`| less`), is that terminal’s width, from standard error', () => {
    expect(reportWidth(io(stream(), stream({ columns: 72 })))).toBe(72);
  });

  it('takes COLUMNS where set, and 100 with no terminal at all (a script, cron)', () => {
    expect(reportWidth(io(stream(), stream({ columns: 72 }), { COLUMNS: '90' }))).toBe(90);
    expect(reportWidth(io(stream(), stream()))).toBe(100);
  });
});
