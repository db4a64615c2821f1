import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { REVIEW_AT, SHARE_FLOOR } from '../../src/policy/levels.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const STAFF = csv('staff_id,name,role', 'S1,Jane Doe,Teacher');
const FORE = ['Imogen', 'Rufus', 'Tobias', 'Esme', 'Felix', 'Hattie', 'Jasper', 'Nell', 'Cosmo', 'Wren'];
const SUR_START = ['Ash', 'Bram', 'Cold', 'Dun', 'Elm', 'Fern', 'Gold', 'Hart'];
const SUR_END = ['by', 'combe', 'ford', 'ley', 'more', 'ton', 'wick', 'worth', 'field', 'stead'];
/** Pupils of each age whose own accounts are on the lists beyond doubt (their whole name and birth year). */
const EACH = 40;

/**
 * A school of juniors (9 now, born 2017) and older pupils (14 now, born 2012), beside Orla Venn (13 now) and
 * Tilly Marsh (9 now). The lists: 3,000 background adults connected 2010–2025; each junior's own account
 * connected at 6 or 7 (a parent's account in the child's name), each older pupil's at 9–14; 6 adults called
 * Orla Venn and 6 called Tilly Marsh connected before they were born (so the names are not rare); then
 * `name` on an account connected on `connectedOn`.
 */
async function weighed(name: string, connectedOn: string) {
  const roll = [
    'UPN,Forename,Surname,DOB,Year',
    'A1,Orla,Venn,03/04/2013,Year  8',
    'A2,Tilly,Marsh,03/04/2017,Year  5',
  ];
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  for (let i = 0; i < 3_000; i++)
    rows.push(`S1,instagram,Adult${i % 97} Ashby${i % 89},u${i},friend,20${10 + (i % 16)}-06-01`);
  for (let i = 0; i < 2 * EACH; i++) {
    const [fore, sur] = [FORE[i % FORE.length], `${SUR_START[i % 8]}${SUR_END[Math.floor(i / 8)]}`];
    const junior = i < EACH;
    const born = junior ? 2017 : 2012;
    roll.push(`P${i},${fore},${sur},03/02/${born},Year ${junior ? 5 : 10}`);
    const on = junior ? `20${23 + (i % 2)}-06-01` : `20${21 + (i % 6)}-06-01`;
    rows.push(`S1,instagram,${fore} ${sur},${`${fore}.${sur}${born}`.toLowerCase()},friend,${on}`);
  }
  for (let i = 0; i < 6; i++) {
    rows.push(`S1,facebook,Orla Venn,ov${i}x,friend,2005-0${1 + i}-01`);
    rows.push(`S1,facebook,Tilly Marsh,tm${i}x,friend,2005-0${1 + i}-01`);
  }
  rows.push(`S1,instagram,${name},pinkcloud,follower,${connectedOn}`);
  let candidate: MatchCandidate | undefined;
  const report = await runAudit(
    inputsFromText({
      rolls: { 'roll.csv': csv(...roll) },
      staff: STAFF,
      connections: { 'connections.csv': csv(...rows) },
    }),
    {
      auditDate: '2026-11-24',
      onCandidates(connection, candidates) {
        if (connection.username === 'pinkcloud') candidate = candidates[0];
      },
    },
  );
  return { candidate: candidate!, findings: report.findings.filter((f) => f.connection.username === 'pinkcloud') };
}

describe('the age when connected, estimated apart for juniors (8–11 now) and older pupils', () => {
  it('an older pupil’s whole name met when they were 4–7 is left to its probability, whatever the juniors’ accounts show', async () => {
    // Orla was 5: none of these lists' older pupils' own accounts was connected so young, only the juniors'.
    const { candidate, findings } = await weighed('Orla Venn', '2018-06-01');
    expect(candidate.levels).toMatchObject({ fore: 'legal', sur: 'full', age: 'age4to7', stage: 'older' });
    // Worth naming were it a whole name with nothing against it, not worth a look by its probability.
    expect(candidate.score).toBeGreaterThanOrEqual(SHARE_FLOOR);
    expect(candidate.score).toBeLessThan(REVIEW_AT);
    expect(findings).toEqual([]);
  });

  it('a junior’s whole name met at 6 or 7, as these lists’ juniors’ own accounts are, is still reviewed', async () => {
    const { candidate, findings } = await weighed('Tilly Marsh', '2023-09-01');
    expect(candidate.levels).toMatchObject({ fore: 'legal', sur: 'full', age: 'age4to7', stage: 'junior' });
    expect(findings.map((f) => f.level)).toEqual(['review']);
  });
});
