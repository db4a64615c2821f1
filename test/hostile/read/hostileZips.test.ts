import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { ZipArchive } from '../../../src/io/zipArchive.js';
import { runCli } from '../../e2e/runCli.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { makeZip, markEncrypted, patchName } from '../../io/zipFixtures.js';
import { at } from './auditFixture.js';

/**
 * Hostile ZIPs where a member of staff's platform download belongs (connections/S2/), beside a good
 * connections.csv for S1 (invented people). Each stops the audit with a message naming the ZIP and
 * what to do, or is told as a warning while the rest is checked: never a stack trace, never a write
 * outside, never a hang.
 */
const LIST =
  'staff_id,platform,display_name,username,relationship,connected_on\nS1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02\n';
const ENTRY = 'connections/followers_and_following/followers_1.json';
const FOLLOWERS = JSON.stringify({
  relationships_followers: [{ string_list_data: [{ value: 'zoe.fenwick', timestamp: 1700000000 }] }],
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'social-audit-zips-'));
  await cp(at('unknown-id-known-name'), dir, { recursive: true });
  await writeFile(path.join(dir, 'connections.csv'), LIST);
  await mkdir(path.join(dir, 'connections', 'S2'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const put = (zip: Buffer) => writeFile(path.join(dir, 'connections', 'S2', 'instagram.zip'), zip);
const audit = () => runInProcess(['audit', dir, '--date', '2026-11-24', '--format', 'json']);
const good = () => makeZip([{ name: ENTRY, data: FOLLOWERS }]);

/** Sets every entry's declared size, as a ZIP bomb's central directory may claim. */
function declare(zip: Buffer, bytes: number): Buffer {
  const copy = Buffer.from(zip);
  for (let i = 0; i + 4 <= copy.length; i++) if (copy.readUInt32LE(i) === 0x02014b50) copy.writeUInt32LE(bytes, i + 24);
  return copy;
}

describe('a hostile ZIP among the downloads', () => {
  it('a ZIP bomb (a small file declaring 300 MiB) stops the built CLI, naming the ZIP, with no stack trace', async () => {
    await put(declare(await good(), 300 * 1024 * 1024));
    const { code, stdout, stderr } = runCli(['audit', dir, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('connections/S2/instagram.zip looks like a ZIP bomb');
    expect(stderr).toMatch(/Ask for the download again/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a bomb inside a ZIP inside the ZIP stops it too', async () => {
    await put(await makeZip([{ name: 'inner.zip', data: declare(await good(), 300 * 1024 * 1024) }]));
    const { code, stderr } = await audit();
    expect(code).toBe(2);
    expect(stderr).toContain('connections/S2/instagram.zip/inner.zip looks like a ZIP bomb');
  });

  it.each([
    ['climbs out with ../', 'xx/followers_1.json', '../followers_1.json'],
    ['is absolute', 'xtmp/followers_1.json', '/tmp/followers_1.json'],
  ])('an entry whose path %s stops it, naming the ZIP, and nothing is written', async (_what, placeholder, trick) => {
    await put(patchName(await makeZip([{ name: placeholder, data: FOLLOWERS }]), placeholder, trick));
    const before = await readdir(dir, { recursive: true });
    const { code, stderr } = await audit();
    expect(code).toBe(2);
    expect(stderr).toMatch(/connections\/S2\/instagram\.zip: the ZIP holds an entry with an unsafe path/);
    expect(stderr).toMatch(/Ask for the download again/);
    // Only where the entry could land from this test's own folder: the system's temporary folder is shared.
    expect(await readdir(dir, { recursive: true })).toEqual(before);
    expect(existsSync(path.join(dir, 'connections', 'followers_1.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'connections', 'S2', 'followers_1.json'))).toBe(false);
  });

  it.each([
    ['password-protected', async () => markEncrypted(await good()), 'password'],
    ['cut off half-way', async () => (await good()).subarray(0, 60), 'damaged-download'],
    [
      'a ZIP in a ZIP in a ZIP',
      async () => makeZip([{ name: 'a.zip', data: await makeZip([{ name: 'b.zip', data: await good() }]) }]),
      'nested-zip',
    ],
  ])('one %s is a warning naming it, and the other lists are checked', async (_what, zip, why) => {
    await put(await zip());
    const { code, stdout, stderr } = await audit();
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { pupil: { id: string } }) => f.pupil.id)).toEqual(['T1']);
    const unreadable = report.warnings.filter((w: { code: string }) => w.code === 'FILE_UNREADABLE');
    expect(
      unreadable.map((w: { source: string; args: { why: string } }) => [
        w.source.split('/').slice(0, 3).join('/'),
        w.args.why,
      ]),
    ).toEqual([['connections/S2/instagram.zip', why]]);
  });

  it('a ZIP inside the ZIP is read, its pupil found', async () => {
    await put(await makeZip([{ name: 'inner.zip', data: await good() }]));
    const { code, stdout } = await audit();
    expect(code).toBe(1);
    const ids = JSON.parse(stdout).findings.map((f: { pupil: { id: string } }) => f.pupil.id);
    expect(ids.sort()).toEqual(['T1', 'T2']);
  });
});

describe('an encrypted entry read all the same (by a caller that did not look)', () => {
  it('is a UserError naming the entry, with what to do', async () => {
    const archive = await ZipArchive.fromBuffer(markEncrypted(await good()), 'S2.zip');
    const error = await archive
      .source(archive.entries[0]!)
      .text()
      .catch((e: unknown) => e);
    archive.close();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`S2.zip/${ENTRY} is password-protected`);
    expect((error as UserError).hint).toMatch(/without a password/);
  });
});
