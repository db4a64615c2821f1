import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const STAFF = csv(
  'staff_id,name,role,school',
  'S1,Jane Doe,Teacher,Northfield Academy',
  "S2,Tom Brown,Teacher,St Mary's C of E Primary",
);

/** A roll of two schools: Orla Venn at Northfield, and at St Mary's a child called `stMarys` (forename, preferred, surname, DOB). */
const roll = (stMarys: string) =>
  csv(
    'UPN,Forename,Preferred Forename,Surname,DOB,Year,School',
    'A1,Orla,,Venn,03/04/2013,Year  8,Northfield Academy',
    'A2,Priya,,Sharma,10/10/2012,Year  9,Northfield Academy',
    `B1,${stMarys.split(',').length > 3 ? stMarys : `${stMarys},01/02/2013`},Year  8,"St Mary's C of E Primary"`,
  );

/**
 * Orla Venn's candidate pair for an account on a Northfield teacher's list (each list also holds
 * 3,000 background adults), audited school by school or trust-wide, and the finding's level.
 */
async function orlaOnNorthfield(
  stMarys: string,
  options: { trustWide?: boolean; username?: string } = {},
): Promise<{ candidate: MatchCandidate | undefined; level: string | undefined; reasons: readonly string[] }> {
  const username = options.username ?? 'orla_v';
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  for (const staff of ['S1', 'S2'])
    for (let i = 0; i < 3_000; i++)
      rows.push(`${staff},facebook,Adult${i % 97} Ashby${i % 89},${staff}u${i},friend,2015-06-01`);
  rows.push(`S1,tiktok,Orla Venn,${username},follower,2025-09-01`);
  let candidate: MatchCandidate | undefined;
  const report = await runAudit(
    inputsFromText({
      rolls: { 'roll.csv': roll(stMarys) },
      staff: STAFF,
      connections: { 'connections.csv': csv(...rows) },
    }),
    {
      auditDate: '2026-11-24',
      ...(options.trustWide ? { trustWide: true } : {}),
      onCandidates(connection, candidates) {
        if (connection.username === username) candidate = candidates.find((c) => c.pupil.id === 'A1');
      },
    },
  );
  const finding = report.findings.find((f) => f.connection.username === username);
  return { candidate, level: finding?.level, reasons: finding?.reasons ?? [] };
}

describe('a trust audited school by school: another school’s child bearing the pupil’s whole name', () => {
  it('flags a rare exact name nobody else in the trust bears', async () => {
    const alone = await orlaOnNorthfield('Kacper,,Nowak');
    expect(alone.candidate!.score).toBeGreaterThanOrEqual(0.99);
    expect(alone.level).toBe('flag');
  });

  it('holds the name short of a flag when a child at another school bears it, and still reviews it', async () => {
    const alone = await orlaOnNorthfield('Kacper,,Nowak');
    const shared = await orlaOnNorthfield('Orla,,Venn');
    // That child is not matched here (never reported), but the account may be theirs.
    expect(shared.candidate!.score).toBeLessThan(0.99);
    expect(shared.candidate!.score).toBeLessThan(alone.candidate!.score);
    expect(shared.level).toBe('review');
    expect(shared.reasons).toContain('NAME_ELSEWHERE_IN_TRUST');
    expect(alone.reasons).not.toContain('NAME_ELSEWHERE_IN_TRUST');
  });

  it('does not hold the flag back for a namesake too young for an account when it was connected', async () => {
    // Connected in September 2025: a child born in 2023 was 2, one born in 2026 not yet born.
    for (const born of ['01/02/2023', '01/02/2026']) {
      const infant = await orlaOnNorthfield(`Orla,,Venn,${born}`);
      expect(infant.level).toBe('flag');
      expect(infant.reasons).not.toContain('NAME_ELSEWHERE_IN_TRUST');
    }
  });

  it('counts the other school’s child under their preferred name too', async () => {
    const preferred = await orlaOnNorthfield('Aurelia,Orla,Venn');
    expect(preferred.candidate!.score).toBeLessThan(0.99);
    expect(preferred.level).toBe('review');
  });

  it('does not let the namesake take an account carrying the pupil’s own birth year, not theirs', async () => {
    const own = await orlaOnNorthfield('Orla,,Venn,01/02/2012', { username: 'orla.venn2013' });
    const alone = await orlaOnNorthfield('Kacper,,Nowak', { username: 'orla.venn2013' });
    expect(own.candidate!.score).toBeCloseTo(alone.candidate!.score, 6);
    expect(own.reasons).not.toContain('NAME_ELSEWHERE_IN_TRUST');
  });

  it('shares an account whose number is the namesake’s as well as the pupil’s, and reviews it', async () => {
    const alone = await orlaOnNorthfield('Kacper,,Nowak', { username: 'orla.venn13' });
    expect(alone.level).toBe('flag');
    // Both born in 2013: the year is either child's.
    for (const username of ['orla.venn2013', 'orla.venn13']) {
      const sameYear = await orlaOnNorthfield('Orla,,Venn,01/02/2013', { username });
      expect(sameYear.candidate!.score).toBeLessThan(0.99);
      expect(sameYear.level).toBe('review');
      expect(sameYear.reasons).toContain('NAME_ELSEWHERE_IN_TRUST');
    }
    // `orla.venn13` is St Mary's Orla's year group (Year 13, born in February 2009), weighed by her age then too.
    const yearGroup = await orlaOnNorthfield('Orla,,Venn,01/02/2009', { username: 'orla.venn13' });
    expect(yearGroup.candidate!.score).toBeLessThan(alone.candidate!.score);
    expect(yearGroup.reasons).toContain('NAME_ELSEWHERE_IN_TRUST');
  });

  it('trust-wide, leaves the other school’s child to be matched as a candidate in full', async () => {
    const report = await orlaOnNorthfield('Orla,,Venn', { trustWide: true });
    expect(report.candidate).toBeDefined();
    const alone = await orlaOnNorthfield('Kacper,,Nowak', { trustWide: true });
    expect(report.candidate!.score).toBeLessThan(alone.candidate!.score);
  });
});
