import { describe, expect, it } from 'vitest';
import { snapchatImporter } from '../../../src/read/connections/snapchat.js';
import { brief, fixture, importFile, importerFor } from './helpers.js';

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
