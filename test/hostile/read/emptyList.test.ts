import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { schoolPerTest } from '../write/school.js';

const school = schoolPerTest();

/**
 * A list handed in empty (a download that never finished, a copy to a full stick): it was "not a connection list the
 * tool reads", which sends the person looking for another format rather than asking for the list again.
 */
describe('an empty connection list', () => {
  it.each([
    ['no bytes at all', ''],
    ['a byte-order mark and a line break alone', '\uFEFF\r\n'],
  ])('(%s) is said to be empty, its file named', async (_, content) => {
    const { folder } = school();
    writeFileSync(path.join(folder, 'connections', 'S3.csv'), content);
    const run = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.warnings.filter((w) => w.code === 'FILE_NOT_RECOGNISED')).toEqual([
      expect.objectContaining({ args: { why: 'empty' }, source: 'connections/S3.csv' }),
    ]);
  });
});
