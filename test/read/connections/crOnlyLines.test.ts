import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { genericCsvImporter } from '../../../src/read/connections/genericCsv.js';
import { tiktokImporter } from '../../../src/read/connections/tiktok.js';
import { brief, FIXTURES, importFile } from './helpers.js';

/** Lines ending in a lone CR, as a file saved on a Mac by Excel ("CSV (Macintosh)") or an old editor has them. */
describe('lines ending in a lone CR', () => {
  it("are lines to the generic list's recogniser: a last header column is not run into the first row", () => {
    const head = 'display_name,username,staff_id\rZoë Clarke,zoe.c,S1\r';
    expect(genericCsvImporter.detect({ name: 'connections.csv', head })).toBe(true);
    expect(genericCsvImporter.detect({ name: 'connections.csv', head: 'display_name,username\rZoë,staff_id\r' })).toBe(
      false,
    );
  });

  it('are lines to the TikTok TXT reader', async () => {
    const name = 'tiktok-txt/TikTok_Data_1714550000/Activity/Following.txt';
    const text = readFileSync(path.join(FIXTURES, name), 'utf8').replaceAll('\n', '\r');
    const { connections } = await importFile(tiktokImporter, textSourceFromString(name, text));
    expect(brief(connections)).toEqual([
      'tiktok | following | - | ollyb_2010 | 2024-02-01',
      'tiktok | following | - | amelia.c.2011 | 2024-03-02',
    ]);
    expect(connections[1]!.source.line).toBe(5);
  });
});
