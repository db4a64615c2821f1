import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { AuditReport, Finding } from '../../src/model/report.js';
import { textReporter } from '../../src/report/textReporter.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const DAY = '2026-11-24';
// Two schools of an invented trust; each has an Oliver Smith.
const ROLL = csv(
  'UPN,Forename,Surname,DOB,Year,School',
  'A1,Oliver,Smith,03/04/2013,Year  8,Northfield Academy',
  'A2,Priya,Sharma,10/10/2012,Year  9,Northfield Academy',
  'A3,Tobias,Wainwright,12/01/2013,Year  8,Northfield Academy',
  'B1,Oliver,Smith,05/06/2014,Year  7,Southfield Primary',
  'B2,Kacper,Nowak,01/02/2015,Year  6,Southfield Primary',
  'B3,Imogen,Fairweather,22/09/2015,Year  6,Southfield Primary',
);
const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  'S2,Tom Brown,Teacher,Southfield Primary',
);
const CONNECTIONS = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S1,instagram,Priya Sharma,priya.sharma_2012,follower,2025-03-01',
  'S1,instagram,Tobias Wainwright,,follower,2025-04-01',
  'S1,instagram,Kacper Nowak,kacper_nowak2015,follower,2025-05-01',
  'S1,instagram,Oliver Smith,,follower,2025-06-01',
  'S1,facebook,Margaret Hale,,friend,2019-06-01',
  'S2,instagram,Imogen Fairweather,imogen.fairweather,follower,2025-02-01',
  'S2,facebook,Derek Hale,,friend,2018-06-01',
);

const audit = (trustWide: boolean) =>
  runAudit(
    inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
    { auditDate: DAY, ...(trustWide ? { trustWide: true } : {}) },
  );

const about = (report: AuditReport, staffId: string, pupilId: string): Finding | undefined =>
  report.findings.find((f) => f.staff.id === staffId && f.pupil.id === pupilId);

describe('a trust-wide audit of a trust whose schools are known', () => {
  it('finds a member of staff’s own pupils as the scoped audit does, where no other school’s pupil competes', async () => {
    const [scoped, wide] = [await audit(false), await audit(true)];
    expect(wide.scope?.mode).toBe('trust-wide');
    for (const [staffId, pupilId] of [
      ['S1', 'A2'],
      ['S1', 'A3'],
      ['S2', 'B3'],
    ] as const) {
      const before = about(scoped, staffId, pupilId);
      expect(before?.level).toBeDefined();
      const after = about(wide, staffId, pupilId);
      expect(after && { level: after.level, score: after.score, reasons: after.reasons }).toEqual({
        level: before!.level,
        score: before!.score,
        reasons: before!.reasons,
      });
      expect(after?.otherCandidates).toBeUndefined();
    }
  });

  it('finds another school’s pupil on strong evidence trust-wide only', async () => {
    expect(about(await audit(false), 'S1', 'B2')).toBeUndefined();
    const found = about(await audit(true), 'S1', 'B2');
    expect(found?.level).toMatch(/^(flag|review)$/);
    expect(found?.reasons).toEqual(expect.arrayContaining(['NAME_EXACT', 'HANDLE_YEAR_MATCHES_DOB', 'CURRENT_PUPIL']));
  });

  it('shares an account between an own pupil and another school’s namesake', async () => {
    const weighed = async (trustWide: boolean) => {
      const seen: (readonly MatchCandidate[])[] = [];
      await runAudit(
        inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
        {
          auditDate: DAY,
          ...(trustWide ? { trustWide: true } : {}),
          onCandidates: (connection, candidates) => {
            if (connection.displayName === 'Oliver Smith') seen.push(candidates);
          },
        },
      );
      return seen[0] ?? [];
    };
    const [scoped, wide] = [await weighed(false), await weighed(true)];
    expect(scoped.map((c) => c.pupil.id)).toEqual(['A1']);
    expect(wide.map((c) => c.pupil.id).sort()).toEqual(['A1', 'B1']);
    expect(wide.reduce((sum, c) => sum + c.score, 0)).toBeLessThan(1);
    expect(wide.find((c) => c.pupil.id === 'A1')!.score).toBeLessThan(scoped[0]!.score);
  });

  it('weighs a pupil without a school as every member of staff’s own, and staff without a school against everyone', async () => {
    const roll = ROLL.replace('01/02/2015,Year  6,Southfield Primary', '01/02/2015,Year  6,');
    const staff = `${STAFF}S3,Ann Lee,Trust Finance,\n`;
    const connections = `${CONNECTIONS}S2,instagram,Kacper Nowak,kacper_nowak2015,follower,2025-05-01\nS3,instagram,Priya Sharma,priya.sharma_2012,follower,2025-03-01\n`;
    const report = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': roll }, staff, connections: { 'connections.csv': connections } }),
      { auditDate: DAY, trustWide: true },
    );
    const s1 = about(report, 'S1', 'B2');
    const s2 = about(report, 'S2', 'B2');
    // Own to both schools' staff: weighed alike by each school's matcher on the same evidence.
    expect(s1?.level).toMatch(/^(flag|review)$/);
    expect(s2?.level).toMatch(/^(flag|review)$/);
    expect(about(report, 'S3', 'A2')?.level).toMatch(/^(flag|review)$/);
    expect(report.warnings.map((w) => w.code)).not.toContain('STAFF_SCHOOL_UNKNOWN');
  });

  it('shares an account bearing a former pupil’s name, now an adult, with them at their school, and never reports them', async () => {
    // A former Northfield pupil, 20 now, bears the name of a Southfield child; her old teacher's list holds her.
    const leavers = csv(
      'UPN,Forename,Surname,DOB,Date of Leaving,School',
      'A9,Imogen,Fairweather,14/03/2006,20/07/2022,Northfield Academy',
    );
    const connections = `${CONNECTIONS}S1,instagram,Imogen Fairweather,,follower,2024-06-01\n`;
    const weighed = async (trustWide: boolean, rolls: Record<string, string>) => {
      let seen: readonly MatchCandidate[] = [];
      const report = await runAudit(
        inputsFromText({ rolls, staff: STAFF, connections: { 'connections.csv': connections } }),
        {
          auditDate: DAY,
          ...(trustWide ? { trustWide: true } : {}),
          onCandidates: (connection, candidates) => {
            if (connection.staffId === 'S1' && connection.displayName === 'Imogen Fairweather') seen = candidates;
          },
        },
      );
      return { report, seen };
    };
    const alone = await weighed(true, { 'roll.csv': ROLL });
    const shared = await weighed(true, { 'roll.csv': ROLL, 'leavers.csv': leavers });
    expect(alone.seen.map((c) => c.pupil.id)).toEqual(['B3']);
    // Which leads depends on the trust's counts of the name (the Southfield child's own account is a namesake of A9's).
    expect(shared.seen.map((c) => c.pupil.id).sort()).toEqual(['A9', 'B3']);
    expect(shared.seen.find((c) => c.pupil.id === 'B3')!.score).toBeLessThan(alone.seen[0]!.score);
    for (const { report } of [alone, shared]) expect(report.findings.map((f) => f.pupil.id)).not.toContain('A9');
    expect(about(shared.report, 'S1', 'B3')?.score ?? 0).toBeLessThan(about(alone.report, 'S1', 'B3')!.score);
    // Everyone else is weighed as before: the former pupil is not counted in the prior.
    for (const pupilId of ['A2', 'A3', 'B2']) {
      const before = about(alone.report, 'S1', pupilId);
      expect(before?.score).toBeLessThan(0.999);
      expect(about(shared.report, 'S1', pupilId)).toEqual(before);
    }
    // Scoped, nobody at another school is a candidate; the former pupil is, at her own school, and is never reported.
    const scoped = await weighed(false, { 'roll.csv': ROLL, 'leavers.csv': leavers });
    expect(scoped.seen.map((c) => c.pupil.id)).toEqual(['A9']);
    expect(scoped.report.findings.map((f) => f.pupil.id)).not.toContain('A9');
  });

  it('reports no adult on either list in either audit', async () => {
    for (const report of [await audit(false), await audit(true)])
      expect(report.findings.filter((f) => /Hale$/.test(f.connection.name ?? ''))).toEqual([]);
  });
});

describe('a trust-wide audit whose staff list or roll names no school', () => {
  const wide = (files: { roll?: string; staff?: string | null }, trustWide = true) =>
    runAudit(
      inputsFromText({
        rolls: { 'roll.csv': files.roll ?? ROLL },
        ...(files.staff === null ? {} : { staff: files.staff ?? STAFF }),
        connections: { 'connections.csv': CONNECTIONS },
      }),
      { auditDate: DAY, ...(trustWide ? { trustWide: true } : {}) },
    );
  const noSchools = (report: AuditReport) =>
    report.warnings.filter((w) => w.code === 'TRUST_WIDE_WITHOUT_SCHOOLS').map((w) => w.args);
  // A mistyped header: the column is there, but not under a name the tool knows.
  const staffMistyped = STAFF.replace('staff_id,name,role,school', 'staff_id,name,role,shcool');
  const rollMistyped = ROLL.replace('Year,School', 'Year,Schol');

  it('says so when the staff list has no school column', async () => {
    const report = await wide({ staff: staffMistyped });
    expect(noSchools(report)).toEqual([{ staffList: 'staff.csv' }]);
    const text = String(await textReporter(report, { color: false, width: 100 })).replace(/\s+/g, ' ');
    expect(text).toContain('--trust-wide: no school column in staff.csv');
  });

  it('says so when the roll has no school column, or neither has, or there is no staff list', async () => {
    expect(noSchools(await wide({ roll: rollMistyped }))).toEqual([{ rolls: ['roll.csv'] }]);
    expect(noSchools(await wide({ roll: rollMistyped, staff: staffMistyped }))).toEqual([
      { staffList: 'staff.csv', rolls: ['roll.csv'] },
    ]);
    expect(noSchools(await wide({ staff: null }))).toEqual([{ noStaffList: true }]);
  });

  it('says nothing where both name schools, or where the audit is not trust-wide', async () => {
    expect(noSchools(await wide({}))).toEqual([]);
    expect(noSchools(await wide({ staff: staffMistyped }, false))).toEqual([]);
  });
});
