import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { connectionFiles } from '../../src/io/connectionFiles.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { ZIP_LIMITS } from '../../src/io/zipArchive.js';
import type { ConnectionSource } from '../../src/model/AuditInputs.js';
import { describeWarning } from '../../src/report/warningWording.js';
import { FIXTURES } from '../read/connections/helpers.js';
import { listSources, summary } from './listSources.js';
import { makeZip, markEncrypted, overlapEntries, patchName, zipFolder } from './zipFixtures.js';

let root: string;
let connections: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'social-audit-connections-'));
  connections = path.join(root, 'connections');
  await mkdir(connections);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function list(target = connections, limits = ZIP_LIMITS): Promise<ConnectionSource[]> {
  return listSources(target, root, limits);
}

async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('connectionFiles', () => {
  it('walks loose lists, staff folders holding unpacked downloads and ZIPs, and staff ZIPs', async () => {
    await writeFile(path.join(connections, 'all-staff.csv'), 'staff_id,display_name\nS01,Isla Reid\n');
    await cp(path.join(FIXTURES, 'x'), path.join(connections, 'S01'), { recursive: true });
    await writeFile(path.join(connections, 'S01', 'extra.csv'), 'display_name\nIsla Reid\n');
    await writeFile(
      path.join(connections, 'S01', 'instagram.zip'),
      await zipFolder(path.join(FIXTURES, 'instagram-2022')),
    );
    await writeFile(path.join(connections, 'S02.zip'), await zipFolder(path.join(FIXTURES, 'snapchat')));
    const files = await list();
    expect(summary(files)).toEqual([
      'connections/S01/extra.csv | S01 | -',
      'connections/S01/instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/blocked_accounts.json | S01 | connections/S01/instagram.zip',
      "connections/S01/instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/follow_requests_you've_received.json | S01 | connections/S01/instagram.zip",
      'connections/S01/instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/followers_1.json | S01 | connections/S01/instagram.zip',
      'connections/S01/instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/following.json | S01 | connections/S01/instagram.zip',
      'connections/S01/instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/pending_follow_requests.json | S01 | connections/S01/instagram.zip',
      'connections/S01/twitter-2024-05-01-4f2a9c0e/Your archive.html | S01 | connections/S01/twitter-2024-05-01-4f2a9c0e',
      'connections/S01/twitter-2024-05-01-4f2a9c0e/data/account.js | S01 | connections/S01/twitter-2024-05-01-4f2a9c0e',
      'connections/S01/twitter-2024-05-01-4f2a9c0e/data/follower.js | S01 | connections/S01/twitter-2024-05-01-4f2a9c0e',
      'connections/S01/twitter-2024-05-01-4f2a9c0e/data/following.js | S01 | connections/S01/twitter-2024-05-01-4f2a9c0e',
      'connections/S02.zip/mydata~1714550000123/html/friends.html | S02.zip | connections/S02.zip',
      'connections/S02.zip/mydata~1714550000123/json/account.json | S02.zip | connections/S02.zip',
      'connections/S02.zip/mydata~1714550000123/json/friends.json | S02.zip | connections/S02.zip',
      'connections/all-staff.csv | - | -',
    ]);
    const following = files.find((f) =>
      f.source.name.endsWith(
        'instagram.zip/instagram-jane.morgan.teaches-20220914/followers_and_following/following.json',
      ),
    )!;
    expect(await following.source.text()).toContain('"relationships_following"');
    expect(await following.source.head()).toContain('olly_bennett_10');
  });

  it('reads a ZIP inside a staff ZIP, and leaves out the litter macOS puts in ZIPs', async () => {
    const inner = await zipFolder(path.join(FIXTURES, 'linkedin'));
    await writeFile(
      path.join(connections, 'S03.zip'),
      await makeZip([
        { name: 'Jane Morgan/linkedin.zip', data: inner, compress: false },
        { name: '__MACOSX/Jane Morgan/._linkedin.zip', data: 'resource fork' },
        { name: 'Jane Morgan/.DS_Store', data: 'finder' },
      ]),
    );
    const files = await list();
    expect(summary(files)).toEqual([
      'connections/S03.zip/Jane Morgan/linkedin.zip/Basic_LinkedInDataExport_05-01-2024/Connections.csv | S03.zip | connections/S03.zip/Jane Morgan/linkedin.zip',
      'connections/S03.zip/Jane Morgan/linkedin.zip/Basic_LinkedInDataExport_05-01-2024/Invitations.csv | S03.zip | connections/S03.zip/Jane Morgan/linkedin.zip',
    ]);
    expect(await files[0]!.source.text()).toContain('First Name,Last Name,URL');
  });

  it('takes a ZIP given on its own as one staff member’s', async () => {
    const zip = path.join(root, 'S04.zip');
    await writeFile(zip, await zipFolder(path.join(FIXTURES, 'tiktok-2023')));
    expect(summary(await list(zip))).toEqual(['S04.zip/user_data.json | S04.zip | S04.zip']);
  });

  it('reports a damaged ZIP, a password-protected entry, a ZIP nested too deep and an empty ZIP as problems, and goes on', async () => {
    const good = await zipFolder(path.join(FIXTURES, 'tiktok-2022'));
    await writeFile(path.join(connections, 'S01.zip'), good.subarray(0, good.length - 30));
    await writeFile(path.join(connections, 'S02.zip'), markEncrypted(good));
    const deepest = await makeZip([{ name: 'user_data.json', data: '{}' }]);
    await writeFile(
      path.join(connections, 'S03.zip'),
      await makeZip([{ name: 'a.zip', data: await makeZip([{ name: 'b.zip', data: deepest }]) }]),
    );
    await writeFile(path.join(connections, 'S04.zip'), await makeZip([]));
    await cp(path.join(FIXTURES, 'tiktok-2023'), path.join(connections, 'S05'), { recursive: true });
    const files = await list();
    expect(summary(files)).toEqual([
      'connections/S01.zip | S01.zip | connections/S01.zip | FILE_UNREADABLE',
      'connections/S02.zip/user_data.json | S02.zip | connections/S02.zip/user_data.json | FILE_UNREADABLE',
      'connections/S03.zip/a.zip/b.zip | S03.zip | connections/S03.zip/a.zip/b.zip | FILE_UNREADABLE',
      'connections/S04.zip | S04.zip | connections/S04.zip | FILE_NOT_RECOGNISED',
      'connections/S05/user_data.json | S05 | -',
    ]);
    expect(files[0]!.problem).toEqual({
      code: 'FILE_UNREADABLE',
      args: { why: 'damaged-download', detail: expect.stringMatching(/^could not be read as a ZIP archive \(/) },
    });
    expect(describeWarning(files[0]!.problem!)).toMatch(
      /^could not be read as a ZIP archive \(.*\); its connections were not checked/,
    );
    expect(files[1]!.problem).toEqual({ code: 'FILE_UNREADABLE', args: { why: 'password' } });
    expect(files[2]!.problem).toEqual({ code: 'FILE_UNREADABLE', args: { why: 'nested-zip' } });
    expect(files[3]!.problem).toEqual({ code: 'FILE_NOT_RECOGNISED', args: { why: 'empty-zip' } });
  });

  it('refuses entries whose paths climb out of the archive or are absolute, naming the ZIP', async () => {
    for (const [placeholder, trick] of [
      ['xx/evil.json', '../evil.json'],
      ['xetc/passwd', '/etc/passwd'],
      ['yy\u0000evil.json', '..\\evil.json'],
    ] as const) {
      const zip = patchName(
        await makeZip([
          { name: 'ok.json', data: '{}' },
          { name: placeholder.replace('\u0000', '_'), data: '{}' },
        ]),
        placeholder.replace('\u0000', '_'),
        trick,
      );
      await writeFile(path.join(connections, 'S01.zip'), zip);
      const error = await list().catch((e: unknown) => e);
      expect(error, trick).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(
        /^connections\/S01\.zip: the ZIP holds an entry with an unsafe path/,
      );
    }
  });

  it('refuses ZIP bombs: an entry too large once unpacked, too much in all, overlapping entries, an entry larger than it says', async () => {
    const limits = { ...ZIP_LIMITS, maxEntryBytes: 64 * 1024, maxTotalBytes: 100 * 1024, maxNestedZipBytes: 64 * 1024 };
    // Spaces, not zero bytes: a run of zeros is refused as a file never completely written, before any size is.
    const zeros = Buffer.alloc(80 * 1024, 0x20);
    await writeFile(path.join(connections, 'S01.zip'), await makeZip([{ name: 'followers_1.json', data: zeros }]));
    const tooLarge = await consume(limits);
    expect(tooLarge).toBeInstanceOf(UserError);
    expect((tooLarge as UserError).message).toMatch(
      /^connections\/S01\.zip looks like a ZIP bomb: followers_1\.json would unpack to/,
    );

    // Over the limit but packed as real data packs (stored, 1 to 1): too large, not a bomb.
    const varied = Buffer.from(
      Array.from({ length: 12 * 1024 }, (_, i) => `r${i * 7919},`)
        .join('')
        .slice(0, 80 * 1024),
    );
    await writeFile(
      path.join(connections, 'S01.zip'),
      await makeZip([{ name: 'followers_1.json', data: varied, compress: false }]),
    );
    const large = (await consume(limits)) as UserError;
    expect(large).toBeInstanceOf(UserError);
    expect(large.message).toMatch(
      /^connections\/S01\.zip\/followers_1\.json: would unpack to .* more than the \d+ MiB read from one file/,
    );
    expect(large.message).not.toMatch(/bomb/);

    // A ZIP inside the download over the limit, which barely packs: too large to read in place, so unzip it.
    const inner = await makeZip([{ name: 'followers_1.json', data: varied, compress: false }]);
    await writeFile(
      path.join(connections, 'S01.zip'),
      await makeZip([{ name: 'instagram.zip', data: inner, compress: false }]),
    );
    expect(((await consume(limits)) as UserError).message).toMatch(
      /^connections\/S01\.zip\/instagram\.zip: a ZIP inside a ZIP of .* is too large to read in place/,
    );

    const half = Buffer.alloc(40 * 1024, 0x20);
    await writeFile(
      path.join(connections, 'S01.zip'),
      await makeZip(['a', 'b', 'c'].map((n) => ({ name: `${n}.json`, data: half }))),
    );
    expect(((await consume(limits)) as UserError).message).toMatch(
      /looks like a ZIP bomb: its lists would unpack to more than/,
    );
    // Reading only the heads, to recognise files, costs nothing: a large download is not a bomb.
    for await (const file of connectionFiles(nodeFileSystem, connections, root, { zipLimits: limits }))
      await file.source.head();

    await writeFile(
      path.join(connections, 'S01.zip'),
      overlapEntries(await makeZip(['a', 'b'].map((n) => ({ name: `${n}.json`, data: half })))),
    );
    expect(((await consume(limits)) as UserError).message).toMatch(
      /looks like a ZIP bomb: entries a\.json and b\.json share their data/,
    );

    // Declares 10 bytes but holds 40 KiB: yauzl notices while unpacking.
    const liar = await makeZip([{ name: 'a.json', data: half }]);
    const central = liar.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    liar.writeUInt32LE(10, central + 24);
    await writeFile(path.join(connections, 'S01.zip'), liar);
    expect(((await consume(limits)) as UserError).message).toMatch(
      /looks like a ZIP bomb: a\.json does not unpack to the size the archive declares/,
    );
  });

  it('writes nothing, whatever it reads', async () => {
    await writeFile(path.join(connections, 'S01.zip'), await zipFolder(path.join(FIXTURES, 'facebook-2024')));
    await writeFile(
      path.join(connections, 'S02.zip'),
      patchName(await makeZip([{ name: 'xx/evil.json', data: '{}' }]), 'xx/evil.json', '../evil.json'),
    );
    const before = await allFiles(root);
    await consume(ZIP_LIMITS);
    expect(await allFiles(root)).toEqual(before);
    // Only where `../evil.json` could land from this test's own folders: the system's temporary folder
    // is shared with other programs, whose files say nothing about this one.
    for (const folder of [connections, root, path.dirname(root), process.cwd()]) {
      expect(existsSync(path.join(folder, 'evil.json')), folder).toBe(false);
    }
  });
});

/** Reads every source to the end, as an audit would; returns the error that stopped it, if any. */
describe('ZIPs inside a ZIP', () => {
  it('share one inflation budget with the download that holds them', async () => {
    const limits = { ...ZIP_LIMITS, maxEntryBytes: 64 * 1024, maxTotalBytes: 100 * 1024, maxNestedZipBytes: 64 * 1024 };
    const inner = await makeZip([{ name: 'followers_1.json', data: Buffer.alloc(40 * 1024, 0x20) }]);
    await writeFile(
      path.join(connections, 'S01.zip'),
      await makeZip(['a', 'b', 'c'].map((n) => ({ name: `${n}.zip`, data: inner }))),
    );
    // Each inner ZIP alone is within the limit; together they are not.
    expect(((await consume(limits)) as UserError).message).toMatch(
      /^connections\/S01\.zip\/c\.zip looks like a ZIP bomb: its lists would unpack to more than/,
    );
    await writeFile(
      path.join(connections, 'S01.zip'),
      await makeZip(['a', 'b'].map((n) => ({ name: `${n}.zip`, data: inner }))),
    );
    expect(await consume(limits)).toBeUndefined();
  });
});

async function consume(limits: typeof ZIP_LIMITS): Promise<unknown> {
  try {
    for await (const file of connectionFiles(nodeFileSystem, connections, root, { zipLimits: limits })) {
      await file.source.head();
      await file.source.text();
    }
    return undefined;
  } catch (error) {
    return error;
  }
}
