import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { SHARE_FLOOR } from '../../src/policy/levels.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const DAY = '2026-11-24';
/**
 * Forty schools of an invented trust, each with an Oliver Smith (as every school has a name this common):
 * another school's each is then under a fiftieth of the account, below the share a pupil is named at.
 */
const SCHOOLS = Array.from({ length: 40 }, (_, i) => `School ${String(i).padStart(2, '0')}`);
const ROLL = csv(
  'UPN,Forename,Surname,DOB,Year,School',
  ...SCHOOLS.flatMap((school, i) => [
    `P${i}-1,Oliver,Smith,0${(i % 9) + 1}/04/2013,Year  8,${school}`,
    `P${i}-2,Priya,Sharma${i},10/10/2012,Year  9,${school}`,
  ]),
);
const STAFF = csv(
  'staff_id,name,role,school',
  ...SCHOOLS.map((school, i) => `S${i},Staff Member${i},Teacher,${school}`),
);
/** Northfield's teacher follows an `Oliver Smith`: their own pupil or any other school's. */
const CONNECTIONS = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S0,instagram,Oliver Smith,,follower,2025-06-01',
  'S0,facebook,Margaret Hale,,friend,2019-06-01',
  'S1,facebook,Derek Hale,,friend,2018-06-01',
);

describe('trust-wide, an account reviewed for a name children at several schools bear', () => {
  it('names every child of the name, the other schools’ too, however small each one’s share', async () => {
    const report = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
      { auditDate: DAY, trustWide: true },
    );
    const findings = report.findings.filter((f) => f.connection.name === 'Oliver Smith');
    expect(findings).toHaveLength(1);
    const finding = findings[0]!;
    expect(finding.level).toBe('review');
    expect(finding.pupil.id).toBe('P0-1');
    const others = finding.otherCandidates ?? [];
    expect(others.every((c) => c.score < SHARE_FLOOR)).toBe(true);
    expect(others.map((c) => c.pupil.id).sort()).toEqual(
      SCHOOLS.slice(1)
        .map((_, i) => `P${i + 1}-1`)
        .sort(),
    );
  });

  it('names nobody else audited school by school: another school’s child is never reported there', async () => {
    const report = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
      { auditDate: DAY },
    );
    const finding = report.findings.find((f) => f.connection.name === 'Oliver Smith');
    expect(finding?.pupil.id).toBe('P0-1');
    expect(finding?.otherCandidates).toBeUndefined();
  });
});
