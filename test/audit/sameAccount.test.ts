import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { AuditReport, Finding } from '../../src/model/report.js';
import { csvReporter } from '../../src/report/csvReporter.js';
import { textReporter } from '../../src/report/textReporter.js';
import { csv, inputsFromText } from '../helpers/sources.js';

/** Three staff; Zoë Łukasik's Instagram account on two of their lists, and once more on one of them under another platform. */
async function report(rows: string[]): Promise<AuditReport> {
  return runAudit(
    inputsFromText({
      rolls: { 'roll.csv': csv('UPN,Forename,Surname,DOB,Year', 'P1,Zoë,Łukasik,01/01/2012,Year 9') },
      staff: csv('staff_id,name,role', 'S1,Jane Doe,Teacher', 'S2,Tom Brown,Teacher', 'S3,Ann Lee,Teacher'),
      connections: {
        'connections.csv': csv('staff_id,platform,display_name,username,relationship,connected_on', ...rows),
      },
    }),
    { auditDate: '2026-11-24' },
  );
}
const byStaff = (r: AuditReport, id: string, platform = 'instagram'): Finding | undefined =>
  r.findings.find((f) => f.staff.id === id && f.connection.platform === platform);

describe('the same account as the same pupil on several staff members’ lists', () => {
  it('names the other findings, by number, in each', async () => {
    const r = await report([
      'S1,instagram,Zoë Łukasik,zoe.lukasik12,follower,2025-03-01',
      'S2,instagram,Zoë Łukasik,zoe.lukasik12,follower,2025-04-01',
      'S3,tiktok,Zoë Łukasik,zoe.lukasik12,follower,2025-04-01',
    ]);
    const s1 = byStaff(r, 'S1')!;
    const s2 = byStaff(r, 'S2')!;
    expect(s1.sameAccount).toEqual([s2.number]);
    expect(s2.sameAccount).toEqual([s1.number]);
    // Another platform's handle is another account.
    expect(byStaff(r, 'S3', 'tiktok')!.sameAccount).toBeUndefined();
    const text = String(textReporter(r, { color: false, width: 200 }));
    expect(text).toContain(`other staff members’ lists as this pupil: finding ${s2.number}`);
    const rows = parse(String(csvReporter(r, { color: false, width: 200 })), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.find((row) => row.number === String(s1.number))!.same_account).toBe(String(s2.number));
  });

  it('names none where one member of staff lists it twice, or there is no handle', async () => {
    const twice = await report([
      'S1,instagram,Zoë Łukasik,zoe.lukasik12,follower,2025-03-01',
      'S1,instagram,Zoë Łukasik,zoe.lukasik12,following,2025-03-01',
    ]);
    expect(twice.findings.length).toBeGreaterThan(0);
    expect(twice.findings.every((f) => f.sameAccount === undefined)).toBe(true);
    const bare = await report([
      'S1,facebook,Zoë Łukasik,,friend,2025-03-01',
      'S2,facebook,Zoë Łukasik,,friend,2025-03-01',
    ]);
    expect(bare.findings).toHaveLength(2);
    expect(bare.findings.every((f) => f.sameAccount === undefined)).toBe(true);
  });
});
