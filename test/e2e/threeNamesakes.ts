import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A trust's folder holding three Priya Sharmas (two at St Mary's, one at Northfield) and one member of Northfield's
 * staff connected to a Priya Sharma: trust-wide, Northfield's copy names its own and counts St Mary's two.
 */
export function writeThreeNamesakes(folder: string): void {
  mkdirSync(folder);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(folder, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    "A1,Priya,Sharma,10/10/2012,Year 9,St Mary's C of E",
    "A3,Priya,Sharma,04/05/2014,Year 7,St Mary's C of E",
    'B3,Priya,Sharma,12/12/2013,Year 8,Northfield',
  );
  write('staff.csv', 'staff_id,name,role,School', 'S2,Tom Brown,Headteacher,Northfield');
  write('connections.csv', 'staff_id,platform,display_name,username', 'S2,instagram,Priya Sharma,priyasharma');
}
