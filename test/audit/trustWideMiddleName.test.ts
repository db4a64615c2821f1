import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { csv, inputsFromText } from '../helpers/sources.js';

// Two schools of an invented trust; Southfield's Thomas James Standcliffe goes by James.
const ROLL = csv(
  'UPN,Forename,Middle Name(s),Surname,DOB,Year,School',
  'A1,Priya,,Sharma,10/10/2012,Year  9,Northfield Academy',
  'A2,Tobias,,Wainwright,12/01/2013,Year  8,Northfield Academy',
  'B1,Thomas,James,Standcliffe,05/06/2013,Year  8,Southfield Academy',
  'B2,Imogen,,Fairweather,22/09/2013,Year  8,Southfield Academy',
);
const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  'S2,Tom Brown,Teacher,Southfield Academy',
);
const CONNECTIONS = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S1,instagram,James Standcliffe,james.standcliffe,follower,2025-03-01',
  'S2,instagram,James Standcliffe,jstandcliffe_y8,follower,2025-03-01',
  'S2,instagram,Imogen Fairweather,imogen.fairweather,follower,2025-02-01',
);

/** Each member of staff's weighed candidates, trust-wide, by the fore level they were read at. */
async function foreLevels(): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  await runAudit(
    inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
    {
      auditDate: '2026-11-24',
      trustWide: true,
      onCandidates: (connection, candidates: readonly MatchCandidate[]) => {
        const list = seen.get(connection.staffId ?? '') ?? [];
        list.push(...candidates.map((c) => `${c.pupil.id}:${c.levels.fore}`));
        seen.set(connection.staffId ?? '', list);
      },
    },
  );
  return seen;
}

describe('trust-wide, a middle name where the forename would be', () => {
  it('is read for a member of staff’s own school’s pupils (mem48 made room under 512 MiB)', async () => {
    expect((await foreLevels()).get('S2')).toContain('B1:middleName');
  });

  it('is not read for another school’s pupils (weak evidence under the other schools’ prior, at the peak’s cost)', async () => {
    expect((await foreLevels()).get('S1') ?? []).not.toContain('B1:middleName');
  });

  it('is read in the same trust audited school by school', async () => {
    const seen: string[] = [];
    await runAudit(
      inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': CONNECTIONS } }),
      {
        auditDate: '2026-11-24',
        onCandidates: (connection, candidates: readonly MatchCandidate[]) => {
          if (connection.staffId === 'S2') seen.push(...candidates.map((c) => `${c.pupil.id}:${c.levels.fore}`));
        },
      },
    );
    expect(seen).toContain('B1:middleName');
  });
});
