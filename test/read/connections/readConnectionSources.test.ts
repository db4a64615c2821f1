import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import type { ConnectionSource } from '../../../src/model/AuditInputs.js';
import { folderShown, readConnectionSources } from '../../../src/read/connections/readConnectionSources.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';
import { zipFolder } from '../../io/zipFixtures.js';
import { FIXTURES, readFolder, type Warning } from './helpers.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'social-audit-read-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function stage(layout: Record<string, string>): Promise<void> {
  for (const [target, fixture] of Object.entries(layout)) {
    const full = path.join(root, target);
    await mkdir(path.dirname(full), { recursive: true });
    if (target.endsWith('.zip')) await writeFile(full, await zipFolder(path.join(FIXTURES, fixture)));
    else await cp(path.join(FIXTURES, fixture), full, { recursive: true });
  }
}

function codes(warnings: Warning[]): string[] {
  return warnings.map((w) => `${w.code} ${w.source ?? ''}`);
}

describe('readConnectionSources', () => {
  it('reads every platform from folders and ZIPs, per staff member, naming what it passes over in each download', async () => {
    await stage({
      'S01/facebook': 'facebook-2024',
      'S01/instagram.zip': 'instagram-2025',
      'S02.zip': 'snapchat',
      'S03/tiktok.zip': 'tiktok-2022',
      'S03/linkedin': 'linkedin',
    });
    const { connections, warnings, files } = await readFolder(root);
    expect(codes(warnings)).toEqual(['DOWNLOAD_FILE_NOT_READ S01/facebook', 'DOWNLOAD_FILE_NOT_READ S02.zip']);
    expect(warnings[0]!.message).toMatch(
      /^2 of its files were not read.*profile_information\.json \(the account’s own details and settings\); .*your_posts_1\.json \(posts, likes and other activity\)\. Also passed over: 1 picture, video or document\.$/,
    );
    expect(warnings[1]!.message).toContain('mydata~1714550000123/json/account.json');
    const perStaff = (id: string) =>
      connections.filter((c) => c.staffId === id).map((c) => `${c.platform}:${c.displayName ?? c.username}`);
    expect(perStaff('S01')).toEqual([
      'facebook:Westacre Infant School PTA',
      'facebook:Isla Reid',
      'facebook:Harvey Doyle',
      'facebook:Amelia Clarke',
      'facebook:Zoë Price',
      'facebook:Oliver Bennett',
      'facebook:Siân Llewellyn-Hughes',
      'facebook:Priya Shah',
      'instagram:noah.evans.07',
      'instagram:zoe.price09',
      'instagram:olly_bennett_10',
      'instagram:isla.reid.x',
      'threads:zoe.price09',
      'threads:priya.shah.art',
    ]);
    expect(perStaff('S02')).toEqual([
      'snapchat:Zoë ✨',
      'snapchat:Margaret Morgan',
      'snapchat:Millie ⭐',
      'snapchat:Olly B',
      'snapchat:Harvey',
    ]);
    expect(perStaff('S03')).toEqual([
      'linkedin:Priya Shah',
      'linkedin:Zoë Price',
      'linkedin:hidden-member-0a1b',
      'linkedin:Tom Baker',
      'tiktok:ollyb_2010',
      'tiktok:westacrepta',
      'tiktok:zoeprice.09',
    ]);
    expect(connections.find((c) => c.displayName === 'Zoë Price' && c.platform === 'facebook')!.source).toEqual({
      file: 'S01/facebook/facebook-janemorgan-2024-05-01-k3Jd8sQa/connections/friends/your_friends.json',
      line: 1,
    });
    expect(connections.find((c) => c.platform === 'snapchat')!.source.file).toBe(
      'S02.zip/mydata~1714550000123/json/friends.json#Friends',
    );
    // Lists that hold no connections are still counted as read, so coverage shows them.
    expect(files.find((f) => f.name.endsWith('removed_friends.json'))).toMatchObject({
      platform: 'facebook',
      connections: 0,
    });
  });

  it('refuses an HTML download once, naming it and saying how to ask for the JSON one', async () => {
    await stage({ 'S01/facebook-html.zip': 'facebook-html', 'S02/facebook-2019': 'facebook-2019' });
    const { connections, warnings } = await readFolder(root);
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.every((c) => c.staffId === 'S02')).toBe(true);
    expect(codes(warnings)).toEqual(['FILE_HTML_DOWNLOAD S01/facebook-html.zip']);
    expect(warnings[0]!.message).toMatch(
      /^Facebook’s HTML download, which the tool does not read, so its connections were not checked\. Ask for the JSON download instead \(Facebook: .*Format "JSON"/,
    );
  });

  it('says how many X accounts could not be checked, and passes over the rest of the archive', async () => {
    await stage({ 'S04/twitter.zip': 'x' });
    const { connections, warnings } = await readFolder(root);
    expect(connections).toEqual([]);
    expect(codes(warnings)).toEqual([
      'CONNECTIONS_UNCHECKABLE S04/twitter.zip/twitter-2024-05-01-4f2a9c0e/data/follower.js',
      'CONNECTIONS_UNCHECKABLE S04/twitter.zip/twitter-2024-05-01-4f2a9c0e/data/following.js',
      'DOWNLOAD_FILE_NOT_READ S04/twitter.zip',
    ]);
    expect(warnings[2]!.message).toMatch(
      /^one of its files was not read, as it seems to hold no connections: .*data\/account\.js/,
    );
  });

  it('warns once for a download from which nothing could be read, and file by file for files handed in on their own', async () => {
    await mkdir(path.join(root, 'S05', 'photos'), { recursive: true });
    await writeFile(path.join(root, 'S05', 'photos', 'holiday.jpg'), 'jpeg');
    await mkdir(path.join(root, 'S06', 'mystery'), { recursive: true });
    for (const name of ['a.json', 'b.json', 'c.json', 'd.json'])
      await writeFile(path.join(root, 'S06', 'mystery', name), '{"something": []}');
    await writeFile(
      path.join(root, 'S06', 'mystery', 'followers_2027.json'),
      '{"new_shape": [{"who": "zoe.price09"}]}',
    );
    await mkdir(path.join(root, 'S06', 'mystery', 'messages', 'inbox', 'sam_123'), { recursive: true });
    await writeFile(
      path.join(root, 'S06', 'mystery', 'messages', 'inbox', 'sam_123', 'message_1.json'),
      '{"participants": []}',
    );
    await writeFile(path.join(root, 'S06', 'my friends.docx'), 'docx');
    await writeFile(path.join(root, 'notes.txt'), 'Jane has not handed hers in yet');
    const { warnings } = await readFolder(root);
    expect(codes(warnings)).toEqual([
      'FILE_NOT_RECOGNISED S06/my friends.docx',
      'FILE_NOT_RECOGNISED notes.txt',
      'FILE_NOT_RECOGNISED S05/photos',
      'DOWNLOAD_FILE_NOT_READ S06/mystery/followers_2027.json',
      'FILE_NOT_RECOGNISED S06/mystery',
    ]);
    expect(warnings[2]!.message).toMatch(
      /^none of its 1 files is a connection list the tool reads \(only pictures, videos or documents\)/,
    );
    expect(warnings[3]!.message).toMatch(/^seems to hold a list of accounts/);
    expect(warnings[4]!.message).toMatch(
      /^none of its 6 files is a connection list the tool reads \(for example a\.json, b\.json, c\.json\)/,
    );
    expect(warnings[4]!.message).toContain('Facebook, Instagram, Threads, LinkedIn, X (Twitter), TikTok, Snapchat');
  });

  it('reads a generic list in a staff folder as that staff member’s', async () => {
    await mkdir(path.join(root, 'S07'));
    await writeFile(path.join(root, 'S07', 'whatsapp.csv'), 'platform,display_name\nwhatsapp,Isla Reid\n');
    const { connections } = await readFolder(root);
    expect(connections).toMatchObject([{ staffId: 'S07', platform: 'whatsapp', displayName: 'Isla Reid' }]);
  });

  it('stops with a clear error when a platform download sits directly in connections/', async () => {
    await cp(path.join(FIXTURES, 'tiktok-2023', 'user_data.json'), path.join(root, 'user_data.json'));
    const error = await readFolder(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'user_data.json: is a TikTok download (JSON or TXT) but sits directly in connections/, so the tool cannot tell whose it is',
    );
  });

  it('turns the problems of files that could not be opened into warnings and goes on', async () => {
    const sources: ConnectionSource[] = [
      {
        source: textSourceFromString('S01/broken.zip', ''),
        staffFolder: 'S01',
        container: 'S01/broken.zip',
        problem: {
          code: 'FILE_UNREADABLE',
          args: { why: 'damaged-download', detail: 'could not be read as a ZIP archive (bad header)' },
        },
      },
      {
        source: textSourceFromString(
          'S02/Connections.csv',
          'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nIsla,Reid,,,,,01 Feb 2024\n',
        ),
        staffFolder: 'S02',
      },
    ];
    const warnings: Warning[] = [];
    const names: string[] = [];
    for await (const c of readConnectionSources(sources, {
      staffFor: (f) => ({ staffId: f }),
      warn: (warning, source) => warnings.push(toAuditWarning(warning, source)),
    })) {
      names.push(`${c.staffId} ${c.displayName}`);
    }
    expect(names).toEqual(['S02 Isla Reid']);
    expect(warnings).toEqual([
      {
        code: 'FILE_UNREADABLE',
        args: { why: 'damaged-download', detail: 'could not be read as a ZIP archive (bad header)' },
        message: expect.stringMatching(
          /^could not be read as a ZIP archive \(bad header\); its connections were not checked\. The download may be incomplete/,
        ),
        source: 'S01/broken.zip',
      },
    ]);
  });

  it('names on its own a file of a download that seems to list accounts but is not read, and reads Instagram’s 2026 lists', async () => {
    await stage({ 'S07/ig': 'instagram-2026' });
    const download = path.join(root, 'S07', 'ig', 'instagram-jane.morgan.teaches-2026-11-20-Zx81Qp');
    await writeFile(
      path.join(download, 'connections', 'followers_and_following', 'accounts_you_follow_that_follow_you.json'),
      '{"some_new_list": [{"who": "zoe.price09"}]}',
    );
    await mkdir(path.join(download, 'your_instagram_activity', 'messages', 'inbox', 'zoe_1'), { recursive: true });
    await writeFile(
      path.join(download, 'your_instagram_activity', 'messages', 'inbox', 'zoe_1', 'message_1.json'),
      '{"participants": []}',
    );
    await writeFile(path.join(root, 'S07', 'instagram.zip'), await zipFolder(path.join(root, 'S07', 'ig')));
    await rm(path.join(root, 'S07', 'ig'), { recursive: true });
    const { connections, warnings } = await readFolder(root);
    expect(connections.map((c) => `${c.relationship}:${c.username}`)).toEqual(
      expect.arrayContaining([
        'request_sent:zoe.price09',
        'request_sent:harvey.doyle.21',
        'request_sent:megan.hughes.21',
        'following:olly_bennett_10',
      ]),
    );
    expect(codes(warnings)).toEqual([
      'DOWNLOAD_FILE_NOT_READ S07/instagram.zip/instagram-jane.morgan.teaches-2026-11-20-Zx81Qp/connections/followers_and_following/accounts_you_follow_that_follow_you.json',
      'DOWNLOAD_FILE_NOT_READ S07/instagram.zip',
    ]);
    expect(warnings[0]!.message).toMatch(/^seems to hold a list of accounts/);
    expect(warnings[1]!.message).toMatch(
      /personal_information\.json \(the account’s own details and settings\)\. Also passed over: 1 picture, video or document and 1 file of messages, posts or likes\.$/,
    );
  });
});

describe('folderShown', () => {
  it('names a member of staff’s folder as the list’s own path shows it, wherever the folder came from', () => {
    expect(folderShown('connections/S07/friends.csv', 'S07')).toBe('connections/S07');
    expect(folderShown('connections.zip/connections/S07/ig/followers.json', 'S07')).toBe(
      'connections.zip/connections/S07',
    );
    expect(folderShown('connections/S99.zip/data/follower.js', 'S99.zip')).toBe('connections/S99.zip');
    expect(folderShown('lists.csv', 'S07')).toBe('connections/S07');
  });
});
