import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { csv, inputsFromText } from '../helpers/sources.js';

// Two schools of one trust; Orla Venn is at Northfield only.
const ROLL = csv(
  'UPN,Forename,Surname,DOB,Year,School',
  'A1,Orla,Venn,03/04/2013,Year  8,Northfield Academy',
  'A2,Priya,Sharma,10/10/2012,Year  9,Northfield Academy',
  'B1,Kacper,Nowak,01/02/2015,Year  6,"St Mary\'s C of E Primary"',
);
const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  "S2,Tom Brown,Teacher,St Mary's C of E Primary",
);

/**
 * The candidate pair of Orla Venn's TikTok account on a Northfield teacher's list, when the other
 * school's teacher's list carries `namesakes` adults called Orla Venn. Each list also holds 3,000
 * background adults. Scoped (each school) or trust-wide.
 */
async function orlaOnNorthfield(namesakes: number, trustWide = false): Promise<MatchCandidate> {
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  for (const staff of ['S1', 'S2'])
    for (let i = 0; i < 3_000; i++)
      rows.push(`${staff},facebook,Adult${i % 97} Ashby${i % 89},${staff}u${i},friend,2015-06-01`);
  for (let i = 0; i < namesakes; i++) rows.push(`S2,facebook,Orla Venn,orla.venn${i},friend,2016-0${1 + i}-01`);
  rows.push('S1,tiktok,Orla Venn,orla_v,follower,2024-09-01');
  let found: MatchCandidate | undefined;
  await runAudit(
    inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF, connections: { 'connections.csv': csv(...rows) } }),
    {
      auditDate: '2026-11-24',
      ...(trustWide ? { trustWide: true } : {}),
      onCandidates(connection, candidates) {
        if (connection.username === 'orla_v') found = candidates.find((c) => c.pupil.id === 'A1');
      },
    },
  );
  return found!;
}

const nameWeight = (c: MatchCandidate) => c.contributions.find((x) => x.code === 'NAME_FREQUENCY')!.weight;

describe('a trust’s whole names, counted on every school’s lists', () => {
  it('weighs a pupil’s exact name against the adults bearing it on the other schools’ lists too', async () => {
    const alone = await orlaOnNorthfield(0);
    const besides = await orlaOnNorthfield(3);
    // The other school's three adults of that name are other accounts of it, though not on this school's lists.
    expect(besides.contributions.find((x) => x.code === 'NAME_FREQUENCY')!.args).toMatchObject({ otherAccounts: '2+' });
    expect(nameWeight(besides)).toBeLessThan(nameWeight(alone) - 2);
    expect(besides.score).toBeLessThan(alone.score);
  });

  it('takes a name nobody else bears on the whole trust’s lists for no commoner than on one school’s', async () => {
    // Scoped, the other school's lists (as many accounts again) show nobody else called Orla Venn.
    const scoped = await orlaOnNorthfield(0);
    expect(scoped.contributions.find((x) => x.code === 'NAME_FREQUENCY')!.args).toMatchObject({ otherAccounts: 0 });
    expect(nameWeight(scoped)).toBeGreaterThanOrEqual(nameWeight(await orlaOnNorthfield(0, true)) - 0.1);
  });
});
