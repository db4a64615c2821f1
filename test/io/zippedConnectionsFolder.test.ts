import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ZIP_LIMITS } from '../../src/io/zipArchive.js';
import type { ConnectionSource } from '../../src/model/AuditInputs.js';
import { FIXTURES } from '../read/connections/helpers.js';
import { listSources, summary } from './listSources.js';
import { makeZip, markEncrypted, patchName, zipFolder } from './zipFixtures.js';

/** `connections.zip`: the connections folder zipped, read as the folder it holds, with the folder's limits. */
let root: string;
let connections: string;
let zipped: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'social-audit-zipped-folder-'));
  connections = path.join(root, 'connections');
  zipped = path.join(root, 'connections.zip');
  await mkdir(connections);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function list(target: string, limits = ZIP_LIMITS): Promise<ConnectionSource[]> {
  return listSources(target, root, limits);
}

/** Reads every source to the end, as an audit would; returns the error that stopped it, if any. */
async function consume(target: string, limits: typeof ZIP_LIMITS): Promise<unknown> {
  try {
    for (const file of await list(target, limits)) await file.source.text();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** A connections folder as the README lays it out: loose lists, unpacked downloads, ZIPs in a folder, a staff ZIP. */
async function fillFolder(): Promise<void> {
  await writeFile(path.join(connections, 'all-staff.csv'), 'staff_id,display_name\nS01,Isla Reid\n');
  await cp(path.join(FIXTURES, 'x'), path.join(connections, 'S01'), { recursive: true });
  await writeFile(
    path.join(connections, 'S01', 'instagram.zip'),
    await zipFolder(path.join(FIXTURES, 'instagram-2022')),
  );
  await writeFile(path.join(connections, 'S02.zip'), await zipFolder(path.join(FIXTURES, 'snapchat')));
}

describe('a zipped connections folder', () => {
  it('is read as the folder it holds, zipped whole (connections/…) or its contents, naming the ZIP and the entry', async () => {
    await fillFolder();
    const unzipped = summary(await list(connections));
    const asZipped = (prefix: string) =>
      unzipped.map((row) =>
        row.replace(/(^|\| )connections\//g, (_, before: string) => `${before}connections.zip/${prefix}`),
      );
    await writeFile(zipped, await zipFolder(connections, 'connections/'));
    const whole = await list(zipped);
    expect(summary(whole)).toEqual(asZipped('connections/'));
    // The same lists, byte for byte, as the folder's.
    const following = whole.find((f) => f.source.name.endsWith('followers_and_following/following.json'))!;
    expect(await following.source.text()).toContain('"relationships_following"');
    expect(summary(whole)).toContain(
      'connections.zip/connections/S02.zip/mydata~1714550000123/json/friends.json | S02.zip | connections.zip/connections/S02.zip',
    );

    await writeFile(zipped, await zipFolder(connections));
    expect(summary(await list(zipped))).toEqual(asZipped(''));
  });

  it('inside connections/ on its own (with litter), is read as the folder; beside other lists, is refused', async () => {
    await fillFolder();
    const asFolder = summary(await list(connections));
    const zip = await zipFolder(connections, 'connections/');
    const inside = path.join(root, 'inside');
    await mkdir(inside);
    await writeFile(path.join(inside, 'connections.zip'), zip);
    await writeFile(path.join(inside, '.DS_Store'), 'x');
    const rows = summary(await list(inside));
    expect(rows).toEqual(
      asFolder.map((row) =>
        row.replace(/(^|\| )connections\//g, (_, before: string) => `${before}inside/connections.zip/connections/`),
      ),
    );
    await writeFile(path.join(connections, 'connections.zip'), zip);
    const refused = await list(connections).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toMatch(
      /^connections\/connections\.zip: the connections folder zipped, inside it/,
    );
  });

  it('takes a lone top folder other than connections/ as a member of staff’s, and leaves out macOS litter', async () => {
    await writeFile(
      zipped,
      await makeZip([
        { name: 'S07/friends.csv', data: 'display_name\nIsla Reid\n' },
        { name: '__MACOSX/S07/._friends.csv', data: 'resource fork' },
        { name: 'S07/.DS_Store', data: 'finder' },
      ]),
    );
    expect(summary(await list(zipped))).toEqual(['connections.zip/S07/friends.csv | S07 | -']);
  });

  it('meets the folder’s refusals: a ZIP nested too deep, a password, a damaged or empty ZIP', async () => {
    const deepest = await makeZip([{ name: 'user_data.json', data: '{}' }]);
    const staffZip = await makeZip([{ name: 'a.zip', data: await makeZip([{ name: 'b.zip', data: deepest }]) }]);
    await writeFile(
      zipped,
      await makeZip([
        { name: 'connections/S03.zip', data: staffZip },
        { name: 'connections/S05/tiktok/user_data.json', data: '{}' },
      ]),
    );
    // As on disk: the staff ZIP is depth 1, its ZIP 2, and a ZIP inside that is not read.
    expect(summary(await list(zipped))).toEqual([
      'connections.zip/connections/S03.zip/a.zip/b.zip | S03.zip | connections.zip/connections/S03.zip/a.zip/b.zip | FILE_UNREADABLE',
      'connections.zip/connections/S05/tiktok/user_data.json | S05 | connections.zip/connections/S05/tiktok',
    ]);

    await writeFile(zipped, markEncrypted(await makeZip([{ name: 'S01/friends.csv', data: 'display_name\nA B\n' }])));
    const locked = await list(zipped);
    expect(summary(locked)).toEqual([
      'connections.zip/S01/friends.csv | S01 | connections.zip/S01/friends.csv | FILE_UNREADABLE',
    ]);
    expect(locked[0]!.problem).toEqual({ code: 'FILE_UNREADABLE', args: { why: 'password' } });

    const good = await makeZip([{ name: 'S01/friends.csv', data: 'display_name\nA B\n' }]);
    await writeFile(zipped, good.subarray(0, good.length - 30));
    const damaged = await list(zipped);
    expect(summary(damaged)).toEqual(['connections.zip | - | connections.zip | FILE_UNREADABLE']);
    expect(damaged[0]!.problem).toMatchObject({ args: { why: 'damaged-download' } });

    await writeFile(zipped, await makeZip([]));
    expect(summary(await list(zipped))).toEqual(['connections.zip | - | connections.zip | FILE_NOT_RECOGNISED']);
  });

  it('refuses an entry whose path climbs out, and writes nothing', async () => {
    await writeFile(
      zipped,
      patchName(await makeZip([{ name: 'xx/evil.json', data: '{}' }]), 'xx/evil.json', '../evil.json'),
    );
    const before = (await readdir(root, { recursive: true })).sort();
    const error = await consume(zipped, ZIP_LIMITS);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^connections\.zip: the ZIP holds an entry with an unsafe path/);
    expect((await readdir(root, { recursive: true })).sort()).toEqual(before);
    for (const folder of [root, path.dirname(root), process.cwd()])
      expect(existsSync(path.join(folder, 'evil.json')), folder).toBe(false);
  });

  it('gives each member of staff the inflation budget their own folder or ZIP would have', async () => {
    const limits = { ...ZIP_LIMITS, maxEntryBytes: 64 * 1024, maxTotalBytes: 100 * 1024 };
    const list40k = Buffer.alloc(40 * 1024, 0x20);
    const inner = await makeZip([{ name: 'followers_1.json', data: list40k }]);
    // Two members of staff, 80 KiB each: within each one's budget, though 160 KiB in all.
    await writeFile(
      zipped,
      await makeZip([
        { name: 'S01/a.json', data: list40k },
        { name: 'S01/b.json', data: list40k },
        { name: 'S02.zip', data: await makeZip(['a', 'b'].map((n) => ({ name: `${n}.zip`, data: inner }))) },
      ]),
    );
    expect(await consume(zipped, limits)).toBeUndefined();
    // One member of staff's lists over it: a bomb, as their folder would be.
    await writeFile(
      zipped,
      await makeZip(['a', 'b', 'c'].map((n) => ({ name: `connections/S01/${n}.json`, data: list40k }))),
    );
    expect(((await consume(zipped, limits)) as UserError).message).toMatch(
      /^connections\.zip looks like a ZIP bomb: its lists would unpack to more than/,
    );
    await writeFile(
      zipped,
      await makeZip([
        { name: 'S02.zip', data: await makeZip(['a', 'b', 'c'].map((n) => ({ name: `${n}.zip`, data: inner }))) },
      ]),
    );
    expect(((await consume(zipped, limits)) as UserError).message).toMatch(/looks like a ZIP bomb/);
  });

  it('is only the ZIP named connections.zip: another ZIP given on its own is one member of staff’s', async () => {
    const other = path.join(root, 'S04.zip');
    await writeFile(other, await makeZip([{ name: 'connections/friends.csv', data: 'display_name\nA B\n' }]));
    expect(summary(await list(other))).toEqual(['S04.zip/connections/friends.csv | S04.zip | S04.zip']);
    const upper = path.join(root, 'Connections.ZIP');
    await writeFile(upper, await makeZip([{ name: 'connections/friends.csv', data: 'display_name\nA B\n' }]));
    expect(summary(await list(upper))).toEqual(['Connections.ZIP/connections/friends.csv | - | -']);
  });
});
