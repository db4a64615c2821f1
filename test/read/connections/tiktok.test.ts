import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { tiktokImporter } from '../../../src/read/connections/tiktok.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

async function read(file: string) {
  const source = fixture(file);
  expect(await importerFor(source), file).toBe(tiktokImporter);
  return importFile(tiktokImporter, source);
}

describe('TikTok download', () => {
  it('reads the "Activity" era (Following List, Follower List › FansList)', async () => {
    const { connections, warnings } = await read('tiktok-2022/user_data.json');
    expect(warnings).toEqual([]);
    expect(brief(connections)).toEqual([
      'tiktok | following | - | ollyb_2010 | 2022-05-01',
      'tiktok | following | - | westacrepta | 2021-11-11',
      'tiktok | follower | - | zoeprice.09 | 2022-03-14',
    ]);
    expect(connections[1]!.source).toEqual({ file: 'tiktok-2022/user_data.json#Following', line: 2 });
    expect(connections[1]!.profileUrl).toBeUndefined();
  });

  it('reads the "Your Activity" era', async () => {
    expect(brief((await read('tiktok-2023/user_data.json')).connections)).toEqual([
      'tiktok | following | - | ollyb_2010 | 2023-04-01',
      'tiktok | follower | - | isla.reid.x | 2023-02-14',
    ]);
  });

  it('reads the "Profile And Settings" era of user_data_tiktok.json', async () => {
    expect(brief((await read('tiktok-2025/user_data_tiktok.json')).connections)).toEqual([
      'tiktok | following | - | noah_evans_07 | 2024-12-24',
      'tiktok | follower | - | zoeprice.09 | 2025-01-20',
    ]);
  });

  it('reads the TXT download, line by line', async () => {
    const following = await read('tiktok-txt/TikTok_Data_1714550000/Activity/Following.txt');
    expect(brief(following.connections)).toEqual([
      'tiktok | following | - | ollyb_2010 | 2024-02-01',
      'tiktok | following | - | amelia.c.2011 | 2024-03-02',
    ]);
    expect(following.connections[1]!.source).toEqual({
      file: 'tiktok-txt/TikTok_Data_1714550000/Activity/Following.txt',
      line: 5,
    });
    expect(brief((await read('tiktok-txt/TikTok_Data_1714550000/Activity/Follower.txt')).connections)).toEqual([
      'tiktok | follower | - | zoeprice.09 | 2024-01-05',
    ]);
  });

  it('does not take the block list or watch history, which look alike', async () => {
    expect(await importerFor(fixture('tiktok-txt/TikTok_Data_1714550000/Activity/Block List.txt'))).toBeUndefined();
    expect(await importerFor(fixture('tiktok-txt/TikTok_Data_1714550000/Activity/Watch History.txt'))).toBeUndefined();
  });

  it('warns when user_data.json has none of the sections it should', async () => {
    const { warnings } = await importFile(
      tiktokImporter,
      textSourceFromString('S01/user_data.json', '{"Something New": {}}'),
    );
    expect(warnings.map((w) => w.code)).toEqual(['FILE_NOT_RECOGNISED']);
  });
});
