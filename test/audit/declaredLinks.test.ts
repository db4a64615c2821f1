import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { AuditReport } from '../../src/model/report.js';
import { csv, inputsFromText } from '../helpers/sources.js';

// Invented people. Two pupils bear one whole name; Mrs Tolland declared the younger as her son.
const ROLL = csv(
  'UPN,Forename,Surname,Preferred Forename,DOB,Year,Reg',
  'P1,Ezra,Tolland,,03/04/2012,Year  9,9B',
  'P2,Ezra,Tolland,,10/10/2010,Year 11,11A',
  'P3,Mia,Tolland,,05/05/2014,Year  7,7C',
  'P4,Nell,Quarry,,01/02/2011,Year 10,10A',
);
const STAFF = csv('staff_id,name,role', 'S1,Claire Tolland,Teacher', 'S2,Tom Brown,Teacher');
const EXEMPTIONS = csv(
  'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on',
  'S1,P1,parent,2026-09-01,Head,2027-09-01',
);
/** Other accounts on both lists, so that one list is a small part of what the audit reads. */
const others = (staff: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${staff},facebook,Person${i} Other${staff}${i},,friend,2024-01-01`);

/** Every pupil a finding of `staff` names, best or beside. */
const named = (report: AuditReport, staff: string) =>
  report.findings
    .filter((f) => f.staff.id === staff)
    .flatMap((f) => [f.pupil.id, ...(f.otherCandidates ?? []).map((o) => o.pupil.id)])
    .sort();

const audit = (connections: string[], exemptions = EXEMPTIONS) =>
  runAudit(
    inputsFromText({
      rolls: { 'roll.csv': ROLL },
      staff: STAFF,
      connections: {
        'connections.csv': csv(
          'staff_id,platform,display_name,username,relationship,connected_on',
          ...connections,
          ...others('S1', 20),
          ...others('S2', 400),
        ),
      },
      exemptions,
    }),
    { auditDate: '2026-11-24', school: 'Test School' },
  );

describe('a declared child beside another pupil the account reads as', () => {
  it('gives the account to the declared child on their parent’s list, the namesake no longer reported', async () => {
    const report = await audit(['S1,facebook,Ezra Tolland,,friend,'], EXEMPTIONS);
    expect(named(report, 'S1')).toEqual([]);
    expect(report.exempted.map((e) => [e.staff.id, e.pupil.id])).toEqual([['S1', 'P1']]);
  });

  it('still reports the namesake where two accounts on the parent’s list bear the name (one may be theirs)', async () => {
    const report = await audit(['S1,facebook,Ezra Tolland,,friend,', 'S1,instagram,Ezra Tolland,ezra.t,follower,']);
    expect(named(report, 'S1')).toContain('P2');
  });

  it('still reports the namesake where no link is declared', async () => {
    const report = await audit(['S1,facebook,Ezra Tolland,,friend,'], csv('staff_id,pupil_id,relationship'));
    expect(named(report, 'S1')).toEqual(['P1', 'P2']);
  });

  it('leaves a sibling whose own whole name the account bears reported', async () => {
    const report = await audit(['S1,facebook,Ezra Tolland,,friend,', 'S1,facebook,Mia Tolland,,friend,']);
    expect(named(report, 'S1')).toEqual(['P3']);
  });
});
