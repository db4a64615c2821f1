import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { AuditReport } from '../../src/model/report.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const ROLL = csv(
  'UPN,Forename,Surname,DOB,Year,School',
  'A1,Priya,Sharma,10/10/2012,Year  9,Northfield Academy',
  'B1,Orla,Venn,03/04/2013,Year  8,Southfield Academy',
  'B2,Kacper,Nowak,01/02/2013,Year  8,Southfield Academy',
);
const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  'S2,Tom Brown,Teacher,Southfield Academy',
);

/**
 * Southfield's list holds 3,000 adults (Northfield's 40,000) and twenty adults called Orla Venn (a name common among adults), and
 * Orla's account `orla.v` on Northfield's teacher's list; `alsoSouthfield`: on her own school's too
 * (or, as `southfieldAccount`, another account of the name).
 */
async function audit(alsoSouthfield: boolean, southfieldAccount = 'orla.v'): Promise<AuditReport> {
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  // Northfield's list is long: another school's child is one of many more accounts there.
  for (const staff of ['S1', 'S2']) {
    for (let i = 0; i < (staff === 'S1' ? 40_000 : 3_000); i++)
      rows.push(`${staff},facebook,Adult${i % 97} Ashby${i % 89},${staff}u${i},friend,2015-06-01`);
    for (let i = 0; i < 20; i++) rows.push(`${staff},facebook,Orla Venn,${staff}venn${i},friend,2014-06-01`);
  }
  rows.push('S1,tiktok,Orla Venn,orla.v,follower,2025-09-01');
  if (alsoSouthfield) rows.push(`S2,tiktok,Orla Venn,${southfieldAccount},follower,2025-09-01`);
  return runAudit(
    inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': csv(...rows) } }),
    { auditDate: '2026-11-24', trustWide: true },
  );
}

const finding = (report: AuditReport, staffId: string) =>
  report.findings.find((f) => f.staff.id === staffId && f.connection.username === 'orla.v');

describe('trust-wide, another school’s pupil whose account her own school’s staff hold too', () => {
  it('is weighed as on her own school’s lists: one account, one person', async () => {
    const report = await audit(true);
    const own = finding(report, 'S2');
    const other = finding(report, 'S1');
    expect(own?.pupil.id).toBe('B1');
    expect(other?.pupil.id).toBe('B1');
    expect(other!.score).toBeCloseTo(own!.score, 6);
    expect(other!.score).toBeGreaterThanOrEqual(0.1);
  });

  it('is weighed as another school’s child where her school’s lists hold only another account of the name', async () => {
    const report = await audit(true, 'orla.venn');
    const other = finding(report, 'S1');
    const own = report.findings.find((f) => f.staff.id === 'S2' && f.connection.username === 'orla.venn');
    expect(own?.pupil.id).toBe('B1');
    expect(other === undefined || Math.abs(other.score - own!.score) > 1e-4).toBe(true);
  });
});
