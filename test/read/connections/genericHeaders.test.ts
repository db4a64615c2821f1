import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findImporter } from '../../../src/read/connections/importers.js';
import { runCli } from '../../e2e/runCli.js';

/**
 * A list filled in by hand, headed by a name the generic CSV is read by (`name`, `handle`, `url`): the
 * reader took those columns, but the file was not recognised as a list, so it was left unread and an
 * audit of it alone "found no connection list". A staff list (staff_id, name, role) is still no list.
 */
const importerOf = (header: string) => findImporter({ name: 'connections.csv', head: `${header}\nS1,x,y\n` })?.id;

describe('the generic connections CSV, headed as the reader reads it', () => {
  it.each([
    'staff_id,platform,name',
    'Staff ID,Platform,Name,Date',
    'staff_name,handle',
    'staff_id;platform;user_name',
    'staff_id,platform,url',
    'staff_id,display_name',
  ])('%s is a connections list', (header) => {
    expect(importerOf(header)).toBe('generic-csv');
  });

  it.each(['staff_id,name,role', 'staff_id,name,role,email', 'staff_id,url', 'staff_id,platform'])(
    '%s is not',
    (header) => {
      expect(importerOf(header)).toBeUndefined();
    },
  );

  const work = mkdtempSync(path.join(tmpdir(), 'social-audit-generic-headers-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('an audit of a list headed staff_id, platform, name checks it (exit 1, the pupil found)', () => {
    writeFileSync(path.join(work, 'roll.csv'), 'UPN,Forename,Surname,DOB,Year\nA1,Priya,Sharma,10/10/2012,Year 9\n');
    writeFileSync(path.join(work, 'connections.csv'), 'Staff ID,Platform,Name\nS1,facebook,Priya Sharma\n');
    const run = runCli(['audit', work, '--date', '2026-11-24', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { pupil: { id: string } }[] };
    expect(report.findings.map((f) => f.pupil.id)).toEqual(['A1']);
  });
});
