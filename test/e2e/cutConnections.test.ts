import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../report/pdf/pdfText.js';
import { runCli } from './runCli.js';

/**
 * One colleague's connection list cut off part-way through its last row stopped the whole school's audit
 * (exit 2), where a JSON download cut short was a warning. The rows above the cut are checked; the warning
 * names the file and the line.
 */
let work: string;
let school: string;
let lastLine: number;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-cut-csv-'));
  school = path.join(work, 'school');
  cpSync(path.resolve('samples/westacre-infant'), school, { recursive: true });
  const file = path.join(school, 'connections.csv');
  const text = readFileSync(file, 'utf8');
  // Cut in the middle of the last row's username: "agnieszkal_64" becomes "agniesz".
  const cut = text.slice(0, text.lastIndexOf(',agnieszkal_64,') + ',agniesz'.length);
  writeFileSync(file, cut);
  lastLine = cut.split('\n').length;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a connection list in CSV cut off mid-row', { timeout: 60_000 }, () => {
  it('is a warning naming the file and line, the rest of the audit done', () => {
    const run = runCli(['audit', school, '--date', '2026-11-24'], { env: { COLUMNS: '200' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const said = run.stdout.replace(/\s+/g, ' ');
    expect(said).toContain(
      `! connections.csv:${lastLine}: ends part-way through a row, at "agniesz" (5 of 8 columns, no line break after it): the download or copy was cut off, so that row was not checked`,
    );
    expect(said).toContain('Ask for the file again.');
    expect(said).toMatch(/Connections read +\d{3}/);
  });

  it('and in the PDF’s warnings', async () => {
    const out = path.join(work, 'audit.pdf');
    expect(runCli(['audit', school, '--date', '2026-11-24', '--out', out]).code).toBe(1);
    const text = (await pdfPages(readFileSync(out))).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(`connections.csv:${lastLine}`);
    expect(text).toContain('ends part-way through a row, at "agniesz"');
  });
});
