import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { linkedinImporter } from '../../../src/read/connections/linkedin.js';
import { brief, fixture, importFile, importerFor } from './helpers.js';

const CSV = 'linkedin/Basic_LinkedInDataExport_05-01-2024/Connections.csv';

describe('LinkedIn Connections.csv', () => {
  it('skips the Notes preamble, reads 05 Mar 2024 dates and takes the /in/ slug as the username', async () => {
    const source = fixture(CSV);
    expect(await importerFor(source)).toBe(linkedinImporter);
    const { connections, warnings } = await importFile(linkedinImporter, source);
    expect(warnings).toEqual([]);
    expect(brief(connections)).toEqual([
      'linkedin | friend | Priya Shah | priya-shah-4b1a9c | 2024-03-05',
      'linkedin | friend | Zoë Price | zoë-price-77b2 | 2023-01-12',
      'linkedin | friend | - | hidden-member-0a1b | 2022-02-01',
    ]);
    expect(connections[0]).toMatchObject({ profileUrl: 'https://www.linkedin.com/in/priya-shah-4b1a9c', source: { file: CSV, line: 5 } });
    expect(connections[2]!.source.line).toBe(7);
  });

  it('is not mistaken for the generic CSV, nor its other CSVs for connections', async () => {
    expect(await importerFor(fixture('linkedin/Basic_LinkedInDataExport_05-01-2024/Invitations.csv'))).toBeUndefined();
    const noPreamble = textSourceFromString('S01/Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nIsla,Reid,,,,,01 Feb 2024\n');
    expect(await importerFor(noPreamble)).toBe(linkedinImporter);
    expect(brief((await importFile(linkedinImporter, noPreamble)).connections)).toEqual(['linkedin | friend | Isla Reid | - | 2024-02-01']);
  });
});
