import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { makeZip, zipFolder } from '../io/zipFixtures.js';
import { runCli } from './runCli.js';

/**
 * A Headteacher handed the staff's lists as one `connections.zip` (or who zipped the folder to carry it) audits the
 * folder as it is: the report is the unzipped folder's, its sources naming the ZIP and the entry.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
let work: string;
let school: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-zipped-'));
  school = path.join(work, 'westacre-infant');
  cpSync(SAMPLE, school, { recursive: true });
  writeFileSync(
    path.join(school, 'connections.zip'),
    await zipFolder(path.join(SAMPLE, 'connections'), 'connections/'),
  );
  rmSync(path.join(school, 'connections'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const audit = (folder: string, ...more: string[]) => runCli(['audit', folder, '--date', '2026-11-24', ...more]);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as AuditReport;
/** A finding as the DSL reads it, wherever its list was read from. */
const finding = (f: AuditReport['findings'][number]) =>
  `${f.number} ${f.level} ${f.staff.id} ${f.pupil.id} ${f.connection.source.replace(/^connections\.zip\//, '')}`;

describe('a zipped connections folder', () => {
  it('is audited as the folder it holds: the same findings, each source naming the ZIP and its entry', () => {
    const unzipped = path.join(work, 'unzipped.json');
    const zipped = path.join(work, 'zipped.json');
    expect(audit(SAMPLE, '--out', unzipped).code).toBe(1);
    const run = audit(school, '--out', zipped);
    expect(run.stderr).toMatch(/^Report written to .*zipped\.json \(10 flagged, 15 for review/);
    expect(run.code).toBe(1);
    const before = json(unzipped);
    const after = json(zipped);
    expect(after.findings.map(finding)).toEqual(before.findings.map(finding));
    expect(after.coverage).toEqual(before.coverage);
    const fromZip = after.findings.filter((f) => f.connection.source.startsWith('connections.zip/'));
    expect(fromZip.map((f) => f.connection.source)).toContain(
      'connections.zip/connections/ST05.zip/connections/followers_and_following/followers_1.json:1',
    );
    // connections.csv beside the ZIP is read as before.
    expect(after.findings.some((f) => f.connection.source.startsWith('connections.csv:'))).toBe(true);
    const text = audit(school);
    expect(text.stdout).toContain('connections.zip/connections/colin-fairweather.csv:2');
  });

  it('refuses the folder beside its ZIP rather than read the lists twice or pick one, and writes nothing', async () => {
    const both = path.join(work, 'both');
    cpSync(school, both, { recursive: true });
    cpSync(path.join(SAMPLE, 'connections'), path.join(both, 'connections'), { recursive: true });
    const out = path.join(work, 'both.json');
    const run = audit(both, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/both: has both connections\/ and connections\.zip/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a zipped audit folder, saying to unzip it and why', async () => {
    const zippedSchool = path.join(work, 'westacre-infant.zip');
    writeFileSync(zippedSchool, await zipFolder(SAMPLE, 'westacre-infant/'));
    const run = audit(zippedSchool);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/westacre-infant\.zip: is a ZIP file, not an audit folder/);
    expect(run.stderr).toMatch(/Unzip it/);
  });

  it('says where an unread connections ZIP goes, when no list was found', async () => {
    const bare = path.join(work, 'bare');
    cpSync(school, bare, { recursive: true });
    rmSync(path.join(bare, 'connections.zip'));
    rmSync(path.join(bare, 'connections.csv'));
    writeFileSync(path.join(bare, 'staff lists.zip'), await makeZip([{ name: 'S01/a.csv', data: 'x' }]));
    const run = audit(bare);
    expect(run.code).toBe(2);
    // The folder once, and the three places in it looked at.
    expect(run.stderr).toMatch(
      /no connection list was found in \S*bare \(connections\.csv, connections\/, connections\.zip\)/,
    );
    expect(run.stderr).toMatch(/named connections\.zip/);
  });

  it('names a member of staff’s folder nobody on the staff list has by where it is in the ZIP', async () => {
    const stray = path.join(work, 'stray');
    cpSync(school, stray, { recursive: true });
    const header = 'staff_id,staff_name,platform,display_name,username,profile_url,relationship,connected_on';
    writeFileSync(
      path.join(stray, 'connections.zip'),
      await makeZip([
        { name: 'connections/S99/friends.csv', data: `${header}\n,,instagram,Ann Example,ann.ex,,follower,\n` },
      ]),
    );
    const run = audit(stray);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('connections.zip/connections/S99: no one in staff.csv has the id or name "S99"');
  });
});
