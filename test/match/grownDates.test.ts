import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { csv, inputsFromText } from '../helpers/sources.js';

// Kinga Booth is 12 at the audit; a former pupil of that name left in 2024 and is 20.
const ROLL = csv('UPN,Forename,Surname,DOB,Year', 'A1,Kinga,Booth,03/04/2014,Year  8');
const STAFF = csv('staff_id,name,role', 'S1,Jane Doe,Teacher');
/** Grown former pupils on the lists, each under their own whole name. */
const GROWN_ACCOUNTS = 150;
/** Names for grown former pupils, each of whose own accounts is beyond doubt theirs. */
const FORE = [
  'Imogen',
  'Rufus',
  'Tobias',
  'Esme',
  'Felix',
  'Hattie',
  'Jasper',
  'Nell',
  'Cosmo',
  'Wren',
  'Ottilie',
  'Ezra',
  'Margot',
  'Bram',
  'Linnea',
];
const SUR_START = ['Ash', 'Bram', 'Cold', 'Dun', 'Elm', 'Fern', 'Gold', 'Hart', 'Ivy', 'Kings'];
const SUR_END = [
  'by',
  'combe',
  'ford',
  'ley',
  'more',
  'ton',
  'wick',
  'worth',
  'field',
  'stead',
  'hurst',
  'gate',
  'dale',
  'holm',
  'wood',
];

/**
 * The lists: 3,000 background adults connected 2010–2025, and the accounts of 150 grown former pupils (born 2006)
 * under their own whole names with their birth year (beyond doubt theirs), connected on `grownConnected(i)`; then "Kinga Booth" connected on 2022-06-01
 * (the pupil 8 then, the former pupil of that name 16). Returns the candidates weighed on that account.
 */
async function weighed(grownConnected: (i: number) => string) {
  const leavers = ['UPN,Forename,Surname,DOB,Date of Leaving', 'F0,Kinga,Booth,03/05/2006,20/07/2024'];
  const rows = ['staff_id,platform,display_name,username,relationship,connected_on'];
  for (let i = 0; i < 3_000; i++)
    rows.push(`S1,instagram,Adult${i % 97} Ashby${i % 89},u${i},friend,20${10 + (i % 16)}-06-01`);
  for (let i = 0; i < GROWN_ACCOUNTS; i++) {
    const [fore, sur] = [FORE[i % FORE.length], `${SUR_START[i % 10]}${SUR_END[Math.floor(i / 10)]}`];
    leavers.push(`F${i + 1},${fore},${sur},03/05/2006,20/07/2024`);
    rows.push(`S1,instagram,${fore} ${sur},${`${fore}.${sur}2006`.toLowerCase()},friend,${grownConnected(i)}`);
  }
  rows.push('S1,instagram,Kinga Booth,pinkcloud,follower,2022-06-01');
  let candidates: MatchCandidate[] = [];
  await runAudit(
    inputsFromText({
      rolls: { 'roll.csv': ROLL, 'leavers.csv': csv(...leavers) },
      staff: STAFF,
      connections: { 'connections.csv': csv(...rows) },
    }),
    {
      auditDate: '2026-11-24',
      onCandidates(connection, found) {
        if (connection.username === 'pinkcloud') candidates = found;
      },
    },
  );
  const grown = candidates.find((c) => c.pupil.id === 'F0')!;
  const pupil = candidates.find((c) => c.pupil.id === 'A1')!;
  const dateBits = (c: MatchCandidate) => c.contributions.find((t) => t.code === 'CONNECTED_AT_PUPIL_AGE')?.weight ?? 0;
  return { grown, pupil, grownDate: dateBits(grown), pupilDate: dateBits(pupil) };
}

describe('a grown former pupil’s date, weighed as the lists date grown former pupils’ own accounts', () => {
  it('connected at 13 or over, where these lists’ grown former pupils are, weighs about nothing against them', async () => {
    // Their own accounts connected at 16–20 (2022–2026).
    const { grown, pupil, grownDate } = await weighed((i) => `20${22 + (i % 5)}-03-01`);
    expect(grown.levels).toMatchObject({ stage: 'adult', age: 'age13up' });
    expect(pupil.levels).toMatchObject({ stage: 'older', age: 'age8to12' });
    // Weighed as a pupil of 8–18's date, at 13 or over it cost about a bit (the pupils' m of 0.2).
    expect(grownDate).toBeGreaterThan(-0.5);
    expect(grown.score).toBeGreaterThan(0.25);
  });

  it('is learnt from the lists: where their own accounts were connected at 8–12, 13 or over counts against them', async () => {
    const { grown, grownDate } = await weighed((i) => `20${15 + (i % 4)}-03-01`);
    expect(grown.levels).toMatchObject({ stage: 'adult', age: 'age13up' });
    expect(grownDate).toBeLessThan(-0.5);
  });
});
