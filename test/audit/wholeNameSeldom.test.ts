import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { REVIEW_AT, SHARE_FLOOR } from '../../src/policy/levels.js';
import { csv, inputsFromText } from '../helpers/sources.js';

// Orla is 13 at the audit; Cara 17, in the sixth form.
const ROLL = csv('UPN,Forename,Surname,DOB,Year', 'A1,Orla,Venn,03/04/2013,Year  8', 'A2,Cara,Lund,03/01/2009,Year 13');
const STAFF = csv('staff_id,name,role', 'S1,Jane Doe,Teacher');

/**
 * The pupil's whole name on an account with a handle of other words, on a teacher's list beside 3,000
 * background adults and `namesakes` adults bearing it (connected before the pupil's birth, so no
 * candidates, but other accounts of the name), connected on `connectedOn` on `platform`.
 */
async function account(name: string, connectedOn: string, platform = 'instagram', namesakes = 5) {
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  for (let i = 0; i < 3_000; i++)
    rows.push(
      `S1,${['facebook', 'instagram', 'linkedin'][i % 3]},Adult${i % 97} Ashby${i % 89},u${i},friend,20${10 + (i % 16)}-06-01`,
    );
  for (let i = 0; i < namesakes; i++) rows.push(`S1,facebook,${name},ns${i}x,friend,2005-0${1 + (i % 9)}-01`);
  rows.push(`S1,${platform},${name},pinkcloud,follower,${connectedOn}`);
  let candidate: MatchCandidate | undefined;
  const report = await runAudit(
    inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': csv(...rows) } }),
    {
      auditDate: '2026-11-24',
      onCandidates(connection, candidates) {
        if (connection.username === 'pinkcloud') candidate = candidates[0];
      },
    },
  );
  return { candidate: candidate!, findings: report.findings.filter((f) => f.connection.username === 'pinkcloud') };
}

describe('a pupil’s whole name at an age or on a platform where this audit’s pupils beyond doubt are not', () => {
  // No account on these lists is a pupil's beyond doubt connected at 4–7, nor on LinkedIn: the EM's m is at its floor.
  it('is left to its probability when connected at 4–7 (an older pupil)', async () => {
    const young = await account('Orla Venn', '2018-06-01', 'instagram', 8);
    expect(young.candidate.levels).toMatchObject({ fore: 'legal', sur: 'full', age: 'age4to7', stage: 'older' });
    // Worth naming were it a whole name with nothing against it, not worth a look by its probability.
    expect(young.candidate.score).toBeGreaterThanOrEqual(SHARE_FLOOR);
    expect(young.candidate.score).toBeLessThan(REVIEW_AT);
    expect(young.findings).toEqual([]);
    const later = await account('Orla Venn', '2025-06-01', 'instagram', 8);
    expect(later.findings.map((f) => f.level)).toEqual(['review']);
  });

  it('is left to its probability on LinkedIn (a pupil over 16)', async () => {
    const linkedIn = await account('Cara Lund', '2025-06-01', 'linkedin');
    expect(linkedIn.candidate.levels).toMatchObject({ fore: 'legal', sur: 'full', underPlatform: 'no' });
    expect(linkedIn.candidate.score).toBeGreaterThanOrEqual(SHARE_FLOOR);
    expect(linkedIn.candidate.score).toBeLessThan(REVIEW_AT);
    expect(linkedIn.findings).toEqual([]);
    const instagram = await account('Cara Lund', '2025-06-01', 'instagram');
    expect(instagram.findings.map((f) => f.level)).toEqual(['review']);
  });
});
