import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { facebookImporter } from '../../../src/read/connections/facebook.js';
import { repairMojibake } from '../../../src/read/connections/repairMojibake.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

const FB2024 = 'facebook-2024/facebook-janemorgan-2024-05-01-k3Jd8sQa';
const FB2021 = 'facebook-2021/facebook-janemorgan/friends_and_followers';
const FB2019 = 'facebook-2019/facebook-janemorgan/friends';

/** Each file as the registry picks it (it must pick Facebook), all connections in order. */
async function readAll(dir: string, files: string[]): Promise<string[]> {
  const all: string[] = [];
  for (const file of files) {
    const source = fixture(`${dir}/${file}`);
    expect(await importerFor(source), file).toBe(facebookImporter);
    all.push(...brief((await importFile(facebookImporter, source)).connections));
  }
  return all;
}

describe('Facebook JSON download', () => {
  it('reads friends from the 2022+ layout, repairing the Latin-1 escapes of UTF-8 names', async () => {
    const source = fixture(`${FB2024}/connections/friends/your_friends.json`);
    expect(await importerFor(source)).toBe(facebookImporter);
    const { connections, warnings } = await importFile(facebookImporter, source);
    expect(warnings).toEqual([]);
    expect(brief(connections)).toEqual([
      'facebook | friend | Zoë Price | - | 2024-03-05',
      'facebook | friend | Oliver Bennett | - | 2024-01-01',
      'facebook | friend | Siân Llewellyn-Hughes | - | 2023-01-01',
      'facebook | friend | Priya Shah | - | 2020-01-01',
    ]);
    expect(connections[0]).toMatchObject({
      staffId: 'S01',
      source: { file: `${FB2024}/connections/friends/your_friends.json`, line: 1 },
    });
    expect(connections[3]!.source.line).toBe(4);
  });

  it('reads requests and people followed, and recognises but skips removed friends and rejected requests', async () => {
    const read = async (file: string) => {
      const source = fixture(`${FB2024}/connections/${file}`);
      expect(await importerFor(source), file).toBe(facebookImporter);
      return brief((await importFile(facebookImporter, source)).connections);
    };
    expect(await read('friends/received_friend_requests.json')).toEqual([
      'facebook | request_received | Harvey Doyle | - | 2024-04-01',
    ]);
    expect(await read('friends/sent_friend_requests.json')).toEqual([
      'facebook | request_sent | Amelia Clarke | - | 2024-04-02',
    ]);
    expect(await read("followers/who_you've_followed.json")).toEqual([
      'facebook | following | Westacre Infant School PTA | - | 2022-09-01',
      'facebook | following | Isla Reid | - | 2023-09-01',
    ]);
    expect(await read('friends/removed_friends.json')).toEqual([]);
    expect(await read('friends/rejected_friend_requests.json')).toEqual([]);
  });

  it('reads the 2020-21 friends_and_followers layout', async () => {
    const all = await readAll(FB2021, [
      'friends.json',
      'friend_requests_received.json',
      'friend_requests_sent.json',
      'following.json',
      'followers.json',
      'removed_friends.json',
    ]);
    expect(all).toEqual([
      'facebook | friend | Oliver Bennett | - | 2021-01-01',
      "facebook | friend | Chérie O'Neill | - | 2021-02-01",
      'facebook | request_received | Harvey Doyle | - | 2021-03-01',
      'facebook | request_sent | Amelia Clarke | - | 2021-04-01',
      'facebook | following | Isla Reid | - | 2021-05-01',
      'facebook | follower | Noah Evans | - | -',
    ]);
  });

  it('reads the 2018-19 friends/ layout with its unversioned keys', async () => {
    const all = await readAll(FB2019, [
      'friends.json',
      'sent_friend_requests.json',
      'received_friend_requests.json',
      'removed_friends.json',
    ]);
    expect(all).toEqual([
      'facebook | friend | Oliver Bennett | - | 2019-01-01',
      'facebook | friend | Zoë Price | - | 2019-02-01',
      'facebook | request_sent | Amelia Clarke | - | 2019-03-01',
      'facebook | request_received | Harvey Doyle | - | 2019-04-01',
    ]);
  });

  it('does not take other files of the download, nor Snapchat or Instagram lists called friends or following', async () => {
    expect(await importerFor(fixture(`${FB2024}/your_facebook_activity/posts/your_posts_1.json`))).toBeUndefined();
    expect(
      await importerFor(fixture(`${FB2024}/personal_information/profile_information/profile_information.json`)),
    ).toBeUndefined();
    expect(await importerFor(fixture('snapchat/mydata~1714550000123/json/friends.json'))).not.toBe(facebookImporter);
    expect(
      await importerFor(
        fixture('instagram-2022/instagram-jane.morgan.teaches-20220914/followers_and_following/following.json'),
      ),
    ).not.toBe(facebookImporter);
  });

  it('recognises a renamed list by its versioned key', async () => {
    const source = textSourceFromString(
      'S01/fb/copy of friends (1).json',
      '{"friends_v2": [{"name": "Isla Reid", "timestamp": 1700000000}]}',
    );
    expect(await importerFor(source)).toBe(facebookImporter);
    expect(brief((await importFile(facebookImporter, source)).connections)).toEqual([
      'facebook | friend | Isla Reid | - | 2023-11-14',
    ]);
  });

  it('warns, rather than failing, on a truncated list or one whose shape has changed', async () => {
    const truncated = await importFile(
      facebookImporter,
      textSourceFromString('x/connections/friends/your_friends.json', '{"friends_v2": [{"name": "Isla'),
    );
    expect(truncated.connections).toEqual([]);
    expect(truncated.warnings.map((w) => w.code)).toEqual(['FILE_UNREADABLE']);
    const changed = await importFile(
      facebookImporter,
      textSourceFromString('x/connections/friends/your_friends.json', '{"friends_v9": []}'),
    );
    expect(changed.warnings.map((w) => w.code)).toEqual(['FILE_NOT_RECOGNISED']);
    expect(changed.warnings[0]).toMatchObject({
      source: 'x/connections/friends/your_friends.json',
      message: expect.stringContaining('friends_v2 or friends'),
    });
  });

  it('reads the bare-array and label_values shapes of newer follower lists', async () => {
    const source = textSourceFromString(
      'x/connections/followers/people_who_followed_you_1.json',
      JSON.stringify([
        { label_values: [{ label: 'Name', value: 'Noah Evans' }], timestamp: 1700000000 },
        { name: 'Isla Reid' },
      ]),
    );
    expect(await importerFor(source)).toBe(facebookImporter);
    expect(brief((await importFile(facebookImporter, source)).connections)).toEqual([
      'facebook | follower | Noah Evans | - | 2023-11-14',
      'facebook | follower | Isla Reid | - | -',
    ]);
  });
});

describe('repairMojibake', () => {
  it('decodes UTF-8 bytes written as Latin-1 code points and leaves proper text alone', () => {
    expect(repairMojibake('Zo\u00c3\u00ab')).toBe('Zoë');
    expect(repairMojibake('Rados\u00c5\u0082aw')).toBe('Radosław');
    expect(repairMojibake('\u00f0\u009f\u0098\u0080 Amy')).toBe('😀 Amy');
    expect(repairMojibake('Café')).toBe('Café');
    expect(repairMojibake('Zoë Łucja')).toBe('Zoë Łucja');
    expect(repairMojibake('plain')).toBe('plain');
  });
});
