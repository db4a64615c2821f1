import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { xImporter } from '../../../src/read/connections/x.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

const DATA = 'x/twitter-2024-05-01-4f2a9c0e/data';

describe('X archive', () => {
  it('says how many followers could not be checked when the archive gives only account numbers', async () => {
    const source = fixture(`${DATA}/follower.js`);
    expect(await importerFor(source)).toBe(xImporter);
    const { connections, warnings } = await importFile(xImporter, source);
    expect(connections).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'CONNECTIONS_UNCHECKABLE', source: `${DATA}/follower.js` });
    expect(warnings[0]!.message).toMatch(
      /^3 of the 3 X accounts who follow this member of staff carry only an account number/,
    );
  });

  it('does the same for accounts followed', async () => {
    const { warnings } = await importFile(xImporter, fixture(`${DATA}/following.js`));
    expect(warnings.map((w) => w.code)).toEqual(['CONNECTIONS_UNCHECKABLE']);
    expect(warnings[0]!.message).toContain('1 of the 1 X accounts whom this member of staff follows');
  });

  it('reads an account that does carry a username, and counts only the others', async () => {
    const source = textSourceFromString(
      'S01/x/data/following.js',
      `window.YTD.following.part0 = ${JSON.stringify([
        {
          following: {
            accountId: '1',
            userLink: 'https://twitter.com/intent/user?user_id=1',
            userName: 'ollyb2010',
            name: 'Olly B',
          },
        },
        { following: { accountId: '2', userLink: 'https://twitter.com/intent/user?user_id=2' } },
      ])}`,
    );
    const { connections, warnings } = await importFile(xImporter, source);
    expect(brief(connections)).toEqual(['x | following | Olly B | ollyb2010 | -']);
    expect(warnings[0]!.message).toContain('1 of the 2');
  });

  it('leaves the other files of the archive alone', async () => {
    expect(await importerFor(fixture(`${DATA}/account.js`))).toBeUndefined();
    expect(await importerFor(fixture('x/twitter-2024-05-01-4f2a9c0e/Your archive.html'))).toBeUndefined();
  });
});
