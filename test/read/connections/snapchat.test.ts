import { describe, expect, it } from 'vitest';
import { snapchatImporter } from '../../../src/read/connections/snapchat.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

const JSON_DIR = 'snapchat/mydata~1714550000123/json';

describe('Snapchat download', () => {
  it('reads friends and requests, and leaves out deleted, blocked and ignored accounts', async () => {
    const source = fixture(`${JSON_DIR}/friends.json`);
    expect(await importerFor(source)).toBe(snapchatImporter);
    const { connections, warnings } = await importFile(snapchatImporter, source);
    expect(warnings).toEqual([]);
    expect(brief(connections)).toEqual([
      'snapchat | friend | Zoë ✨ | zoe.p09 | 2023-09-04',
      'snapchat | friend | Margaret Morgan | jmorgan_mum | 2019-01-01',
      'snapchat | friend | Millie ⭐ | amelia.clarke11 | 2024-04-20',
      'snapchat | request_sent | Olly B | ollyb2010 | 2024-02-10',
      'snapchat | request_received | Harvey | harveyd_x | 2024-03-01',
    ]);
    expect(connections[3]!.source).toEqual({ file: `${JSON_DIR}/friends.json#Friend Requests Sent`, line: 1 });
    const names = connections.map((c) => c.username);
    expect(names).not.toContain('ruby.walsh11');
    expect(names).not.toContain('leo.fraser');
    expect(names).not.toContain('noah_e07');
  });

  it('leaves the account file and the HTML copy to others', async () => {
    expect(await importerFor(fixture(`${JSON_DIR}/account.json`))).toBeUndefined();
    expect(await importerFor(fixture('snapchat/mydata~1714550000123/html/friends.html'))).toBeUndefined();
  });
});

describe('Snapchat’s older download', () => {
  it('reads weekday-led stamps (`Wed Mar 15 10:00:00 UTC 2017`) and says how many dates it could not read', async () => {
    const source = fixture('snapchat-2017/mydata~1489572000000/json/friends.json');
    expect(await importerFor(source)).toBe(snapchatImporter);
    const { connections, warnings } = await importFile(snapchatImporter, source);
    expect(brief(connections)).toEqual([
      'snapchat | friend | Meg 🌸 | megan.h2021 | 2017-03-15',
      'snapchat | friend | Harvey | harvey_d21 | 2024-04-20',
      'snapchat | friend | Margaret Morgan | gran_morgan | -',
    ]);
    expect(warnings.map((w) => [w.code, w.source])).toEqual([
      ['CONNECTION_DATES_UNREADABLE', 'snapchat-2017/mydata~1489572000000/json/friends.json'],
    ]);
    expect(warnings[0]!.message).toMatch(/^1 of its 3 .*the day we met/);
  });
});
