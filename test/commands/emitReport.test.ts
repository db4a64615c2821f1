import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { emitReport } from '../../src/commands/emitReport.js';
import { auditFolder, copySchool, TODAY } from './harness.js';

let school: ReturnType<typeof copySchool> | undefined;
afterEach(() => school?.cleanup());

/** The fixture school with Ellie Smith's account named with a screen-clearing escape and a one-byte CSI. */
async function hostileReport() {
  school = copySchool();
  const name = '\u001b[2JEllie\u009b2J Smith';
  appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), `S2,instagram,"${name}",ellie.s,follower,\n`);
  const report = await auditFolder(school.folder);
  expect(report.findings.some((f) => f.connection.name === name)).toBe(true);
  return { report, dir: school.dir };
}

/** Standard output as a terminal (or not), collecting what is written. */
function ioWith(isTTY: boolean) {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _encoding, callback) {
        text += String(chunk);
        callback();
      },
    }),
    isTTY ? { isTTY: true, columns: 100 } : {},
  );
  const stderr = new Writable({ write: (_c, _e, callback) => callback() });
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {}, today: () => TODAY }, text: () => text };
}

describe('the CSV report on a terminal', () => {
  it('shows the escapes in names rather than sending them to the terminal, and keeps them exactly in a file or a pipe', async () => {
    const { report, dir } = await hostileReport();
    const terminal = ioWith(true);
    await emitReport(report, { format: 'csv' }, terminal.io);
    expect(terminal.text()).toContain('␛[2JEllie\\x9B2J Smith');
    expect(terminal.text().includes('\u001b') || terminal.text().includes('\u009b')).toBe(false);
    const pipe = ioWith(false);
    await emitReport(report, { format: 'csv' }, pipe.io);
    expect(pipe.text()).toContain('\u001b[2JEllie\u009b2J Smith');
    const out = path.join(dir, 'findings.csv');
    await emitReport(report, { format: 'csv', out }, pipe.io);
    expect(readFileSync(out, 'utf8')).toContain('\u001b[2JEllie\u009b2J Smith');
  });
});

describe('--format', () => {
  it('takes the format in any case, and refuses one it does not know with the choices', async () => {
    const { Command } = await import('commander');
    const { formatOption } = await import('../../src/commands/emitReport.js');
    const parse = (value: string) =>
      new Command()
        .exitOverride()
        .configureOutput({ writeErr: () => {} })
        .addOption(formatOption())
        .parse(['--format', value], { from: 'user' })
        .opts().format;
    expect(parse('PDF')).toBe('pdf');
    expect(parse('Json')).toBe('json');
    expect(parse('csv')).toBe('csv');
    expect(() => parse('docx')).toThrow(/Allowed choices are text, json, csv, pdf/);
  });
});
