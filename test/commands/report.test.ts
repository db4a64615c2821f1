import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { CliIO } from '../../src/commands/CliIO.js';
import { jsonReporter } from '../../src/report/jsonReporter.js';
import { worldReport } from '../report/pdf/factories.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-report-cmd-'));
  writeFileSync(path.join(work, 'audit.json'), jsonReporter(worldReport(), { color: false, width: 80 }) as Uint8Array);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  process.exitCode = undefined;
});

function capture(isTTY: boolean): Writable & { isTTY: boolean; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { isTTY, bytes: () => Buffer.concat(chunks) });
}

async function run(args: string[], stdoutIsTTY: boolean) {
  const stdout = capture(stdoutIsTTY);
  const stderr = capture(false);
  const io: CliIO = {
    stdout,
    stderr,
    stdin: process.stdin,
    env: { NO_COLOR: '1' },
    cwd: work,
    today: () => '2026-11-24',
  };
  await main(['node', 'social-audit', ...args], io);
  return { code: process.exitCode, stdout: stdout.bytes(), stderr: stderr.bytes().toString() };
}

describe('report command', () => {
  it('refuses to send a PDF to a terminal, with a hint, and writes nothing', async () => {
    const result = await run(['report', 'audit.json', '--format', 'pdf'], true);
    expect(result.code).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toBe(
      'social-audit: a PDF cannot be shown on the terminal\n  Add --out FILE (e.g. --out audit.pdf), or send the output to a file or another program.\n',
    );
    expect(readdirSync(work)).toEqual(['audit.json']);
  });

  it('sends a PDF to standard output that is not a terminal, and text to a terminal', async () => {
    const piped = await run(['report', 'audit.json', '--format', 'pdf'], false);
    expect(piped.code).toBe(0);
    expect(piped.stdout.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await run(['report', 'audit.json', '--redact', '--school', 'Hollowmere Academy Trust'], true);
    expect(text.code).toBe(0);
    expect(text.stdout.toString()).toContain('Social networking audit — Hollowmere Academy Trust — 24 November 2026');
    expect(text.stdout.toString()).toContain('C.Ø. (staff-1, Class teacher) — 3 flagged');
    expect(text.stdout.toString()).not.toContain('Ødegaard');
  });

  it('writes a redacted JSON report that reads back as redacted, counts unchanged', async () => {
    const result = await run(
      ['report', 'audit.json', '--format', 'json', '--redact', '--out', 'governors.json'],
      false,
    );
    expect(result.code).toBe(0);
    const again = await run(['report', 'governors.json', '--format', 'json'], false);
    const redacted = JSON.parse(again.stdout.toString());
    expect(redacted).toMatchObject({ redacted: true, summary: worldReport().summary });
    expect(JSON.stringify(redacted)).not.toContain('Łukasik');
  });

  it('names FOLDER in the next steps’ review and exemptions commands where the report was saved apart from its folder', async () => {
    // `review audit.json` where no roll is beside it stops (exit 2) asking which audit folder: the step said it bare.
    const apart = (await run(['report', 'audit.json'], true)).stdout.toString().replace(/\s+/g, ' ');
    expect(apart).toContain('decide it with `social-audit review audit.json FOLDER`, FOLDER being the audit folder');
    expect(apart).toContain('record it with `social-audit exemptions add FOLDER`');
    writeFileSync(path.join(work, 'roll.csv'), 'UPN,Forename,Surname,DOB\nA1,Ann,Lee,01/01/2015\n');
    const inFolder = (await run(['report', 'audit.json'], true)).stdout.toString().replace(/\s+/g, ' ');
    expect(inFolder).toContain('decide it with `social-audit review audit.json`.');
    expect(inFolder).toContain('record it with `social-audit exemptions add .`');
  });

  it('refuses a PDF on a terminal from audit too', async () => {
    const result = await run(['audit', '--roll', path.join(work, 'audit.json'), '--format', 'pdf'], true);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('social-audit: a PDF cannot be shown on the terminal');
  });
});
