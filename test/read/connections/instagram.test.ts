import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { instagramImporter, threadsImporter, usernameFromLink } from '../../../src/read/connections/instagram.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

const OLD = 'instagram-2022/instagram-jane.morgan.teaches-20220914/followers_and_following';
const NEW = 'instagram-2025/instagram-jane.morgan.teaches-2025-02-10-Qw3rTy';
const Y2026 = 'instagram-2026/instagram-jane.morgan.teaches-2026-11-20-Zx81Qp/connections/followers_and_following';

async function read(file: string) {
  const source = fixture(file);
  const importer = await importerFor(source);
  expect(importer, file).toBeDefined();
  return { importer, ...(await importFile(importer!, source)) };
}

describe('Instagram JSON download', () => {
  it('reads the older shape: followers as a bare array, usernames in value', async () => {
    const followers = await read(`${OLD}/followers_1.json`);
    expect(followers.importer).toBe(instagramImporter);
    expect(brief(followers.connections)).toEqual([
      'instagram | follower | - | zoe.price09 | 2022-04-15',
      'instagram | follower | - | westacre_pta | 2021-12-20',
    ]);
    expect(followers.connections[0]).toMatchObject({
      profileUrl: 'https://www.instagram.com/zoe.price09',
      source: { file: `${OLD}/followers_1.json`, line: 1 },
    });
    expect(brief((await read(`${OLD}/following.json`)).connections)).toEqual([
      'instagram | following | - | olly_bennett_10 | 2022-04-26',
    ]);
    expect(brief((await read(`${OLD}/pending_follow_requests.json`)).connections)).toEqual([
      'instagram | request_sent | - | amelia.c.2011 | 2022-05-08',
    ]);
    expect(brief((await read(`${OLD}/follow_requests_you've_received.json`)).connections)).toEqual([
      'instagram | request_received | - | harveyd_x | 2022-05-19',
    ]);
  });

  it('recognises the lists that are not connections (blocked, unfollowed) and yields nothing from them', async () => {
    const blocked = await read(`${OLD}/blocked_accounts.json`);
    expect(blocked.importer).toBe(instagramImporter);
    expect(blocked.connections).toEqual([]);
    const unfollowed = await read(`${NEW}/connections/followers_and_following/recently_unfollowed_profiles.json`);
    expect(unfollowed.connections).toEqual([]);
  });

  it('reads the newer shape: the username in title, no value, and /_u/ links', async () => {
    const following = await read(`${NEW}/connections/followers_and_following/following.json`);
    expect(brief(following.connections)).toEqual([
      'instagram | following | - | olly_bennett_10 | 2025-01-16',
      'instagram | following | - | isla.reid.x | 2025-01-17',
    ]);
    expect(following.connections[0]!.profileUrl).toBe('https://www.instagram.com/olly_bennett_10');
    expect(brief((await read(`${NEW}/connections/followers_and_following/close_friends.json`)).connections)).toEqual([
      'instagram | follower | - | noah.evans.07 | 2024-10-27',
    ]);
  });

  it('falls back to the link when neither value nor title holds the username', async () => {
    const source = textSourceFromString(
      'S01/ig/connections/followers_and_following/following.json',
      JSON.stringify({
        relationships_following: [
          {
            title: '',
            string_list_data: [{ href: 'https://www.instagram.com/_u/samjones/?igsh=abc', timestamp: 1700000000 }],
          },
        ],
      }),
    );
    expect(brief((await importFile(instagramImporter, source)).connections)).toEqual([
      'instagram | following | - | samjones | 2023-11-14',
    ]);
  });

  it('reads Threads lists inside an Instagram download as Threads', async () => {
    const followers = await read(`${NEW}/your_instagram_activity/threads/followers.json`);
    expect(followers.importer).toBe(threadsImporter);
    expect(brief(followers.connections)).toEqual(['threads | follower | - | zoe.price09 | 2024-12-24']);
    expect(followers.connections[0]!.profileUrl).toBe('https://www.threads.net/@zoe.price09');
    expect(brief((await read(`${NEW}/your_instagram_activity/threads/following.json`)).connections)).toEqual([
      'threads | following | - | priya.shah.art | 2024-12-29',
    ]);
  });

  it('leaves other files of the download alone', async () => {
    expect(await importerFor(fixture(`${NEW}/start_here.html`))).toBeUndefined();
  });
});

describe('usernameFromLink', () => {
  it('takes the username from Instagram and Threads links in all their forms', () => {
    expect(usernameFromLink('https://www.instagram.com/zoe.price09')).toBe('zoe.price09');
    expect(usernameFromLink('https://www.instagram.com/_u/zoe.price09')).toBe('zoe.price09');
    expect(usernameFromLink('https://instagram.com/zoe_price/?hl=en')).toBe('zoe_price');
    expect(usernameFromLink('https://www.threads.net/@zoe.price09')).toBe('zoe.price09');
    expect(usernameFromLink('https://example.com/zoe')).toBeUndefined();
  });

  it('reads the 2026 lists of labelled entries by their shape, whatever the labels’ language, repairing Meta’s mojibake', async () => {
    const pending = await read(`${Y2026}/pending_follow_requests.json`);
    expect(pending.importer).toBe(instagramImporter);
    expect(pending.warnings).toEqual([]);
    expect(brief(pending.connections)).toEqual([
      'instagram | request_sent | Zoë Price | zoe.price09 | 2025-11-01',
      'instagram | request_sent | - | harvey.doyle.21 | 2025-11-02',
    ]);
    expect(pending.connections[1]!.profileUrl).toBe('https://www.instagram.com/harvey.doyle.21');
    expect(brief((await read(`${Y2026}/recent_follow_requests.json`)).connections)).toEqual([
      'instagram | request_sent | - | megan.hughes.21 | 2025-11-03',
      'instagram | request_sent | Amelia Clarke | amelia.clarke | 2015-05-07',
    ]);
    const restricted = await read(`${Y2026}/restricted_profiles.json`);
    expect(restricted.importer).toBe(instagramImporter);
    expect(restricted.connections).toEqual([]);
  });

  it('reads labelled entries wrapped in an object, nested under dict, with labels in any language', async () => {
    const source = textSourceFromString(
      'S01/ig/connections/followers_and_following/pending_follow_requests.json',
      JSON.stringify({
        anything: [
          {
            timestamp: 1700000000,
            label_values: [
              {
                title: 'Propriétaire',
                dict: [
                  {
                    dict: [
                      { label: "Nom d'utilisateur", value: 'sam.jones_' },
                      { label: 'Nom', value: 'Sam Jones' },
                    ],
                  },
                ],
              },
            ],
          },
          {
            timestamp: 1700000000,
            label_values: [
              { label: 'Benutzer', value: 'Ola Nowak' },
              { label: 'x', value: 'ola_n' },
            ],
          },
        ],
      }),
    );
    expect(await importerFor(source)).toBe(instagramImporter);
    expect(brief((await importFile(instagramImporter, source)).connections)).toEqual([
      'instagram | request_sent | Sam Jones | sam.jones_ | 2023-11-14',
      'instagram | request_sent | Ola Nowak | ola_n | 2023-11-14',
    ]);
  });

  it('says how many entries of a list named nobody or had a date it could not read', async () => {
    const source = textSourceFromString(
      'S01/ig/connections/followers_and_following/recent_follow_requests.json',
      JSON.stringify([
        { timestamp: 1700000000, label_values: [{ label: 'Kullanıcı adı', value: 'sam.jones_' }] },
        { timestamp: 'yesterday', label_values: [{ label: 'Kullanıcı adı', value: 'ola_n' }] },
        { timestamp: 1700000000, label_values: [{ label: 'URL', value: '', href: '' }] },
      ]),
    );
    const { connections, warnings } = await importFile(instagramImporter, source);
    expect(brief(connections)).toEqual([
      'instagram | request_sent | - | sam.jones_ | 2023-11-14',
      'instagram | request_sent | - | ola_n | -',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['CONNECTION_DATES_UNREADABLE', 'CONNECTIONS_UNCHECKABLE']);
    expect(warnings.map((w) => w.message.slice(0, 13))).toEqual(['1 of its 3 co', '1 of its 3 co']);
  });
});
