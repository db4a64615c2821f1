import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { tempFolders } from '../../helpers/tempFolders.js';

/**
 * A member of staff hands in this term's download beside last month's, or a list is exported twice, or a row copied:
 * one connection was two findings (two flags against a colleague, in the governors' counts too). Invented people.
 */
const SCHOOL = fileURLToPath(new URL('../../e2e/fixtures/school', import.meta.url));
const temp = tempFolders('listed-again');

interface Report {
  summary: { findings: { flag: number; review: number; total: number } };
  findings: { staff: { id: string }; connection: { source: string; username?: string } }[];
  warnings: { code: string; source?: string; args?: { againAt: string[]; firstAt: string } }[];
}

async function audit(folder: string): Promise<Report> {
  const run = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
  expect(run.code).toBe(1);
  return JSON.parse(run.stdout);
}

describe('one connection listed twice', () => {
  it('is one finding, with a warning naming where else it is', async () => {
    const folder = temp.make();
    cpSync(SCHOOL, folder, { recursive: true });
    const before = await audit(folder);
    // The first finding's row, copied to the end of its list.
    const found = before.findings[0]!.connection.source;
    const [file, line] = found.split(':') as [string, string];
    const list = path.join(folder, file);
    const lines = readFileSync(list, 'utf8').split(/\r?\n/).filter(Boolean);
    writeFileSync(list, `${[...lines, lines[Number(line) - 1]!].join('\n')}\n`);
    const after = await audit(folder);
    expect(after.summary.findings).toEqual(before.summary.findings);
    expect(after.findings.map((f) => f.connection.source)).toEqual(before.findings.map((f) => f.connection.source));
    const again = after.warnings.filter((w) => w.code === 'CONNECTION_LISTED_AGAIN');
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({
      source: `${file}:${lines.length + 1}`,
      args: { firstAt: found, againAt: [`${file}:${lines.length + 1}`] },
    });
  });
});
