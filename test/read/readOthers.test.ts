import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../src/io/TextSource.js';
import type { Connection } from '../../src/model/records.js';
import { genericCsvImporter } from '../../src/read/connections/genericCsv.js';
import { findImporter } from '../../src/read/connections/importers.js';
import { readExemptions } from '../../src/read/readExemptions.js';
import { readStaff } from '../../src/read/readStaff.js';
import { csv } from '../helpers/sources.js';

describe('readStaff', () => {
  it('reads ids, names from forename and surname, roles and emails', async () => {
    const staff = await readStaff(
      textSourceFromString(
        'staff.csv',
        csv('Staff ID,Forename,Surname,Role,Email', 'S1,Jane,Doe,Governor,jd@example.org'),
      ),
    );
    expect(staff).toEqual([
      {
        id: 'S1',
        name: 'Jane Doe',
        forename: 'Jane',
        surname: 'Doe',
        role: 'Governor',
        email: 'jd@example.org',
        source: { file: 'staff.csv', line: 2 },
      },
    ]);
  });

  it('refuses an id used twice, naming both lines', async () => {
    await expect(
      readStaff(textSourceFromString('staff.csv', csv('staff_id,name', 'S1,Jane Doe', 'S1,John Roe'))),
    ).rejects.toThrow('staff.csv:3: staff_id "S1" is used twice (first on line 2)');
  });
});

describe('readExemptions', () => {
  it('reads the contract columns and their dates', async () => {
    const [exemption] = await readExemptions(
      textSourceFromString(
        'exemptions.csv',
        csv(
          'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
          'S1,A1,parent,01/09/2026,Head,2027-09-01,"Mum, declared"',
        ),
      ),
    );
    expect(exemption).toMatchObject({
      staffId: 'S1',
      pupilId: 'A1',
      relationship: 'parent',
      recordedOn: '2026-09-01',
      reviewOn: '2027-09-01',
      recordedBy: 'Head',
      note: 'Mum, declared',
    });
  });

  it('quotes a bad review date', async () => {
    await expect(
      readExemptions(textSourceFromString('exemptions.csv', csv('staff_id,pupil_id,review_on', 'S1,A1,next year'))),
    ).rejects.toThrow('exemptions.csv:2: review_on "next year" is not a date');
  });
});

describe('generic connections CSV', () => {
  const parse = async (text: string, context = {}) => {
    const out: Connection[] = [];
    for await (const c of genericCsvImporter.parse(textSourceFromString('connections.csv', text), {
      warn: () => {},
      ...context,
    }))
      out.push(c);
    return out;
  };

  it('matches headers without regard to case, spaces or underscores', async () => {
    const [connection] = await parse(
      csv(
        'Staff ID,PLATFORM,Display Name,user_name,Profile URL,Relationship,Connected On',
        'S1,Instagram,Amy Lee,amy.lee,https://x.invalid/amy,Followers,01/02/2025',
      ),
    );
    expect(connection).toEqual({
      staffId: 'S1',
      platform: 'instagram',
      displayName: 'Amy Lee',
      username: 'amy.lee',
      profileUrl: 'https://x.invalid/amy',
      relationship: 'follower',
      connectedOn: '2025-02-01',
      source: { file: 'connections.csv', line: 2 },
    });
  });

  it('takes the staff member from the folder when the file has no staff column', async () => {
    const [connection] = await parse(csv('platform,display_name', 'facebook,Amy Lee'), { staffId: 'S9' });
    expect(connection?.staffId).toBe('S9');
  });

  it('needs a staff column when the file is not in a staff folder', async () => {
    await expect(parse(csv('platform,display_name', 'facebook,Amy Lee'))).rejects.toThrow(
      'connections.csv:1: does not look like a connections file: no column "staff_id" or "staff_name"',
    );
  });

  it('quotes a bad date with its line', async () => {
    await expect(parse(csv('staff_id,display_name,connected_on', 'S1,Amy,yesterday'))).rejects.toThrow(
      'connections.csv:2: connected_on "yesterday" is not a date',
    );
  });

  it('reads a row that has only a profile link, whose handle the matcher reads, and skips a row with no account at all', async () => {
    const rows = await parse(
      csv(
        'staff_id,platform,display_name,username,profile_url',
        'S1,instagram,,,https://www.instagram.com/amy.lee09/',
        'S1,instagram,,,',
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      staffId: 'S1',
      profileUrl: 'https://www.instagram.com/amy.lee09/',
      source: { line: 2 },
    });
    expect(findImporter({ name: 'links.csv', head: 'staff_id,platform,profile_url\n' })?.id).toBe('generic-csv');
  });

  it('is found by content, and other CSVs are not taken for it', () => {
    expect(findImporter({ name: 'lists/jane.csv', head: 'staff_id,platform,display_name\n' })?.id).toBe('generic-csv');
    expect(findImporter({ name: 'roll.csv', head: 'UPN,Forename,Surname\n' })).toBeUndefined();
  });
});
