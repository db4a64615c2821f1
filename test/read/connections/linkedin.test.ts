import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { linkedinImporter, linkedinInvitationsImporter } from '../../../src/read/connections/linkedin.js';
import { brief, fixture, importerFor, importFile } from './helpers.js';

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
    expect(connections[0]).toMatchObject({
      profileUrl: 'https://www.linkedin.com/in/priya-shah-4b1a9c',
      source: { file: CSV, line: 5 },
    });
    expect(connections[2]!.source.line).toBe(7);
  });

  it('is not mistaken for the generic CSV, nor its other CSVs for connections', async () => {
    const invitations = fixture('linkedin/Basic_LinkedInDataExport_05-01-2024/Invitations.csv');
    expect(await importerFor(invitations)).toBe(linkedinInvitationsImporter);
    expect(brief((await importFile(linkedinInvitationsImporter, invitations)).connections)).toEqual([
      'linkedin | request_sent | Tom Baker | - | 2024-03-01',
    ]);
    const noPreamble = textSourceFromString(
      'S01/Connections.csv',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nIsla,Reid,,,,,01 Feb 2024\n',
    );
    expect(await importerFor(noPreamble)).toBe(linkedinImporter);
    expect(brief((await importFile(linkedinImporter, noPreamble)).connections)).toEqual([
      'linkedin | friend | Isla Reid | - | 2024-02-01',
    ]);
  });
});

describe('LinkedIn Connections.csv of every era', () => {
  it('reads the 2018–2022 layout without a URL column and LinkedIn’s US stamp `1/8/18, 6:14 PM`', async () => {
    const source = fixture('linkedin-2018/Basic_LinkedInDataExport_01-09-2019/Connections.csv');
    expect(await importerFor(source)).toBe(linkedinImporter);
    const { connections, warnings } = await importFile(linkedinImporter, source);
    expect(warnings).toEqual([]);
    expect(brief(connections)).toEqual([
      'linkedin | friend | Harvey Doyle | - | 2018-01-08',
      'linkedin | friend | Megan Hughes | - | 2017-12-25',
      'linkedin | friend | Rhys Owen | - | 2016-11-30',
    ]);
  });

  it('counts hidden members among the connections and says how many could not be checked', async () => {
    const source = fixture('linkedin-2022/Connections.csv');
    expect(await importerFor(source)).toBe(linkedinImporter);
    const { connections, warnings } = await importFile(linkedinImporter, source);
    expect(brief(connections)).toEqual([
      'linkedin | friend | Amelia Clarke | - | 2022-09-09',
      'linkedin | friend | - | - | 2022-06-17',
      'linkedin | friend | Carys Lloyd | - | 2021-01-14',
      'linkedin | friend | - | - | 2022-03-03',
    ]);
    expect(warnings.map((w) => [w.code, w.source])).toEqual([
      ['CONNECTIONS_UNCHECKABLE', 'linkedin-2022/Connections.csv'],
    ]);
    expect(warnings[0]!.message).toMatch(/^2 of its 4 /);
  });

  it('reads the dates of an Excel re-save (`14-Aug-25`) and says how many it could not', async () => {
    const source = fixture('linkedin-excel/Connections.csv');
    const { connections, warnings } = await importFile(linkedinImporter, source);
    expect(brief(connections)).toEqual([
      'linkedin | friend | Noah Evans | noah-evans-3c2d | 2025-08-14',
      'linkedin | friend | Zoe Price | zoe-price-1a2b | 2014-03-03',
      'linkedin | friend | - | - | 2025-11-17',
      'linkedin | friend | Daniel Ward | - | -',
    ]);
    expect(warnings.map((w) => w.code).sort()).toEqual(['CONNECTIONS_UNCHECKABLE', 'CONNECTION_DATES_UNREADABLE']);
    expect(warnings.find((w) => w.code === 'CONNECTION_DATES_UNREADABLE')!.message).toMatch(/^1 of its 4 .*someday/);
  });
});
