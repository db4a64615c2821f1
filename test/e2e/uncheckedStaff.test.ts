import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../report/pdf/pdfText.js';
import { runCli } from './runCli.js';

/**
 * A member of staff whose download was handed in but could not be read (cut short): their row says
 * `Facebook 0`, and the summary's "N of the 13 handed in no connection list: this audit cannot speak for
 * them" left them out, so the governors read them as checked.
 */
let work: string;
let school: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-unchecked-'));
  school = path.join(work, 'school');
  cpSync(path.resolve('samples/westacre-infant'), school, { recursive: true });
  rmSync(path.join(school, 'connections.csv'));
  const download = path.join(school, 'connections', 'ST06');
  const friends = path.join(download, readdirSync(download)[0]!, 'connections', 'friends');
  for (const file of readdirSync(friends)) {
    const at = path.join(friends, file);
    writeFileSync(at, readFileSync(at).subarray(0, 40));
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('staff whose lists gave no connection to check', { timeout: 60_000 }, () => {
  it('are counted among those the audit cannot speak for, in the text report', () => {
    const run = runCli(['audit', school, '--date', '2026-11-24'], { env: { COLUMNS: '200' } });
    expect(run.stdout).toMatch(/Gemma Pritchard +Facebook 0\n/);
    expect(run.stdout).toMatch(/Staff +13 \(3 with connection lists read\)/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      '9 of the 13 members of staff handed in no connection list, and 1 handed in lists that gave no connection to check (see the warnings): this audit cannot speak for them.',
    );
  });

  it('and in the PDF, on its first page and above the lists received', async () => {
    const out = path.join(work, 'audit.pdf');
    expect(runCli(['audit', school, '--date', '2026-11-24', '--out', out]).code).toBe(1);
    const pages = (await pdfPages(readFileSync(out))).map((page) => page.replace(/\s+/g, ' '));
    const said =
      'and 1 handed in lists that gave no connection to check (see the warnings): this audit cannot speak for them.';
    expect(pages[0]).toContain(`9 of the 13 members of staff handed in no connection list, ${said}`);
    expect(pages.join(' ')).toContain(`9 members of staff handed in no connection list, ${said}`);
  });
});
