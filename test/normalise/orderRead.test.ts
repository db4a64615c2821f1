import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderRead, readsMirrored } from '../../src/normalise/orderRead.js';
import { visibleText } from '../../src/normalise/visibleText.js';
import { runInProcess } from '../helpers/runInProcess.js';
import { tempFolders } from '../helpers/tempFolders.js';

const [RLO, PDF, LRI, PDI] = ['\u202e', '\u202c', '\u2066', '\u2069'];
const temp = tempFolders('order-read');

/**
 * A right-to-left override before a name typed in order draws it as mirror writing ("nwodhsA ylliT"): a person looking
 * at it reads Tilly Ashdown, whom its capitals name. Written back to front behind one, it shows the name as typed.
 */
describe('the order a person reads a name a right-to-left override holds in (invented names)', () => {
  it.each([
    // Mirror writing: the capitals close the words as drawn, so the name is read as typed.
    [`${RLO}Tilly Ashdown`, 'Tilly Ashdown'],
    [`${RLO}Tilly Ashdown${PDF}`, 'Tilly Ashdown'],
    [`${RLO}Kwabena McAllister`, 'Kwabena McAllister'],
    [`${RLO}Zoë Fenwick`, 'Zoë Fenwick'],
    [`Tilly ${RLO}Ashdown${PDF}`, 'Tilly Ashdown'],
    // Drawn the right way round (written back to front to slip past a filter): read as drawn.
    [`${RLO}nwodhsA ylliT`, 'Tilly Ashdown'],
    [`${RLO}nwodhsa yllit`, 'tilly ashdown'],
    [`Tilly ${RLO}nwodhsA${PDF}`, 'Tilly Ashdown'],
    // No capitals to tell by, or a script without them: as a screen draws it.
    [`${RLO}TILLY ASHDOWN`, 'NWODHSA YLLIT'],
    [`${RLO}tilly ashdown`, 'nwodhsa yllit'],
    [`${RLO}${LRI}Tilly Ashdown${PDI}`, 'Tilly Ashdown'],
    [`${RLO}ليلى`, 'ىليل'],
  ])('reads %j as %j', (raw, read) => {
    expect(visibleText(raw)).toBe(read);
  });

  it('tells mirror writing by capitals that close every word that has one among small letters', () => {
    expect(readsMirrored(['nwodhsA', 'ylliT'])).toBe(true);
    expect(readsMirrored(['dlanoDcM'])).toBe(true);
    expect(readsMirrored(['nwodhsA', 'Tilly'])).toBe(false);
    expect(readsMirrored(['NWODHSA'])).toBe(false);
    expect(readsMirrored([])).toBe(false);
    expect(orderRead('abc')).toBe('abc');
  });

  it("finds the pupil whose name a colleague's list shows in mirror writing", async () => {
    const folder = temp.make();
    const write = (name: string, text: string) => writeFileSync(path.join(folder, name), text);
    write('roll.csv', 'UPN,Legal Surname,Legal Forename,DOB,Year\nM1,Ashdown,Tilly,03/04/2013,Year 8\n');
    write('staff.csv', 'staff_id,name,role\nS1,Ruth Okafor,Teacher\n');
    write(
      'connections.csv',
      `staff_id,platform,display_name,relationship,connected_on\nS1,facebook,${RLO}Tilly Ashdown,friend,2025-02-02\n`,
    );
    const result = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { pupil: { id: string } }) => f.pupil.id)).toEqual(['M1']);
  });
});
