import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const DAY = '2026-11-24';
// Two schools of one trust, each with a pupil called Oliver Smith, and one pupil at each alone.
const ROLL = csv(
  'UPN,Forename,Surname,DOB,Year,School',
  'A1,Oliver,Smith,03/04/2013,Year  8,Northfield Academy',
  'A2,Priya,Sharma,10/10/2012,Year  9,Northfield Academy',
  'B1,Oliver,Smith,05/06/2014,Year  7,"St Mary\'s C of E Primary"',
  'B2,Kacper,Nowak,01/02/2015,Year  6,"St Mary\'s C of E Primary"',
);
const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  'S2,Tom Brown,Teacher,ST MARYS C OF E PRIMARY',
  'S3,Ann Lee,Trust Finance,',
  'S4,Raj Patel,Teacher,Hillside School',
);
const CONNECTIONS = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S1,instagram,Oliver Smith,,follower,',
  'S1,instagram,Kacper Nowak,,follower,',
  'S2,instagram,Priya Sharma,,follower,',
  'S2,instagram,Kacper Nowak,,follower,',
  'S3,instagram,Priya Sharma,,follower,',
  'S4,instagram,Kacper Nowak,,follower,',
);

const audit = (roll = ROLL, trustWide = false) =>
  runAudit(
    inputsFromText({ rolls: { 'roll.csv': roll }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
    {
      auditDate: DAY,
      ...(trustWide ? { trustWide: true } : {}),
    },
  );

const pairs = (report: Awaited<ReturnType<typeof audit>>) =>
  report.findings
    .map((f) => [f.staff.id, [f.pupil.id, ...(f.otherCandidates ?? []).map((c) => c.pupil.id)].sort().join('+')])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe('scoping a trust by school', () => {
  it('checks each member of staff against their own school’s pupils only', async () => {
    const report = await audit();
    expect(report.scope).toEqual({ mode: 'own-school', schools: ['Northfield Academy', "St Mary's C of E Primary"] });
    // S1 sees their own Oliver Smith only, and not the other school's Kacper; S2 the reverse.
    expect(pairs(report).filter(([staff]) => staff === 'S1' || staff === 'S2')).toEqual([
      ['S1', 'A1'],
      ['S2', 'B2'],
    ]);
  });

  it('checks staff whose school the rolls do not name against every pupil, and says so', async () => {
    const report = await audit();
    expect(pairs(report).filter(([staff]) => staff === 'S3' || staff === 'S4')).toEqual([
      ['S3', 'A2'],
      ['S4', 'B2'],
    ]);
    expect(report.warnings.filter((w) => w.code === 'STAFF_SCHOOL_UNKNOWN').map((w) => w.source)).toEqual([
      'staff.csv:4',
      'staff.csv:5',
    ]);
  });

  it('with --trust-wide checks everyone against every pupil in the trust', async () => {
    const report = await audit(ROLL, true);
    expect(report.scope?.mode).toBe('trust-wide');
    expect(pairs(report)).toEqual([
      ['S1', 'A1+B1'],
      ['S1', 'B2'],
      ['S2', 'A2'],
      ['S2', 'B2'],
      ['S3', 'A2'],
      ['S4', 'B2'],
    ]);
    expect(report.warnings.some((w) => w.code === 'STAFF_SCHOOL_UNKNOWN')).toBe(false);
  });

  it('uses the whole roll where the roll names one school or none', async () => {
    const oneSchool = ROLL.replace(/St Mary's C of E Primary/g, 'Northfield Academy');
    const report = await audit(oneSchool);
    expect(report.scope).toEqual({ mode: 'whole-roll', schools: ['Northfield Academy'] });
    expect(pairs(report)).toContainEqual(['S2', 'A2']);
  });

  it('checks a pupil without a school against every member of staff, with a warning', async () => {
    const roll = ROLL.replace('01/02/2015,Year  6,"St Mary\'s C of E Primary"', '01/02/2015,Year  6,');
    const report = await audit(roll);
    expect(
      pairs(report)
        .filter(([, pupils]) => pupils === 'B2')
        .map(([staff]) => staff),
    ).toEqual(['S1', 'S2', 'S4']);
    expect(report.warnings.map((w) => w.code)).toContain('PUPIL_SCHOOL_MISSING');
  });

  it('shares an account bearing a former pupil’s name, now an adult, with her in a school’s own audit, and never reports her', async () => {
    // One school: Imogen (11) on the roll, and an Imogen Fairweather who left at 16 and is 20 now.
    const roll = csv(
      'UPN,Forename,Surname,DOB,Year',
      'C1,Imogen,Fairweather,22/09/2015,Year  6',
      'C2,Priya,Sharma,10/10/2012,Year  9',
    );
    const leavers = csv('UPN,Forename,Surname,DOB,Date of Leaving', 'C9,Imogen,Fairweather,14/03/2006,20/07/2022');
    const connections = csv(
      'staff_id,platform,display_name,username,relationship,connected_on',
      'S1,instagram,Imogen Fairweather,,follower,2024-06-01',
      'S1,instagram,Priya Sharma,priya.sharma_2012,follower,2025-03-01',
    );
    const weighed = async (rolls: Record<string, string>) => {
      let seen: string[] = [];
      const report = await runAudit(
        inputsFromText({ rolls, staff: STAFF, connections: { 'connections.csv': connections } }),
        {
          auditDate: DAY,
          onCandidates: (connection, candidates) => {
            if (connection.displayName === 'Imogen Fairweather') seen = candidates.map((c) => c.pupil.id);
          },
        },
      );
      const imogen = report.findings.find((f) => f.connection.name === 'Imogen Fairweather' && f.pupil.id === 'C1');
      return { report, seen, imogen: imogen?.score ?? 0 };
    };
    const alone = await weighed({ 'roll.csv': roll });
    const shared = await weighed({ 'roll.csv': roll, 'leavers.csv': leavers });
    expect(shared.report.scope?.mode).toBe('whole-roll');
    expect(alone.seen).toEqual(['C1']);
    expect(shared.seen).toContain('C9');
    expect(shared.imogen).toBeLessThan(alone.imogen);
    expect(shared.report.findings.map((f) => f.pupil.id)).not.toContain('C9');
  });
});
