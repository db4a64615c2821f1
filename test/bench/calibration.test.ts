import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { bandLines, rollNameQuartiles, tallyBands } from '../../scripts/bench/calibration.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Pair {
  score: number;
  right: boolean;
  kind: string;
  sameName?: string;
}
const pair = (score: number, right: boolean, sameName = 'alone', kind = 'background'): Pair => ({
  score,
  right,
  kind,
  sameName,
});

describe('the calibration printout', () => {
  it('counts each band’s pairs, those right, and the wrong the scores promise', () => {
    const pairs = [
      pair(0.01, false),
      pair(0.3, true),
      pair(0.3, false),
      pair(0.992, true),
      pair(0.993, false, 'alone', 'background_namesake'),
      pair(0.994, true, 'one'),
      pair(0.9995, true),
    ];
    const rows = tallyBands(pairs);
    const band = (from: number) => rows.find((r: { from: number }) => r.from === from);
    // Below the first edge (0.02) nothing is counted.
    expect(rows.reduce((n: number, r: { n: number }) => n + r.n, 0)).toBe(6);
    expect(band(0.1)).toMatchObject({ n: 2, right: 1 });
    expect(band(0.99)).toMatchObject({ n: 3, right: 2 });
    expect(band(0.99).expected).toBeCloseTo(0.992 + 0.993 + 0.994, 10);
    expect(band(0.99).kinds.get('background_namesake')).toBe(1);
    expect(band(0.99).sameName.get('alone')).toMatchObject({ n: 2, right: 1 });
    expect(band(0.99).sameName.get('one')).toMatchObject({ n: 1, right: 1 });
    expect(band(0.999)).toMatchObject({ n: 1, right: 1 });
  });

  it('prints the wrong pairs’ kinds in the flag’s bands only', () => {
    const lines = bandLines(tallyBands([pair(0.3, false), pair(0.993, false, 'alone', 'background_namesake')])).join(
      '\n',
    );
    expect(lines).toContain('wrong: background_namesake 1');
    expect(lines).not.toContain('wrong: background 1');
    expect(lines).toMatch(/\[0\.99, 0\.995\):\s+1 pairs, mean P 0\.9930, right 0\.0000; wrong 1, expected 0\.0/);
  });

  it('splits the roll’s names by the count their parts predict, and counts adults and pupils bearing each', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'calibration-'));
    dirs.push(dir);
    const roll = ['UPN,Legal Forename,Legal Surname,DOB'];
    const pupils = ['Amy Quill', 'Ben Quill', 'Cal Rook', 'Dee Rook', 'Eve Stone', 'Fay Stone', 'Gus Tarn', 'Hal Tarn'];
    for (const [i, name] of pupils.entries()) roll.push(`P${i},${name.replace(' ', ',')},01/01/2012`);
    writeFileSync(path.join(dir, 'roll.csv'), `${roll.join('\n')}\n`);
    const rows = ['staff_id,staff_name,platform,display_name,username,profile_url,relationship,connected_on'];
    const truth: Record<number, object> = {};
    // Line 2: Amy Quill's own account; line 3: an adult bearing her name; line 4: the same adult's account again.
    rows.push('S1,A B,instagram,Amy Quill,amyq,,follower,2024-01-01');
    truth[2] = { kind: 'exact', pupil: 'P0' };
    rows.push('S1,A B,facebook,Amy Quill,,https://f/1,friend,2020-01-01');
    rows.push('S2,C D,facebook,Amy Quill,,https://f/1,friend,2020-01-01');
    // Common parts: many adults called Hal or Tarn, one of them Hal Tarn.
    for (let i = 0; i < 6; i++) rows.push(`S1,A B,x,Hal Other${i},h${i},,follower,2020-01-01`);
    for (let i = 0; i < 6; i++) rows.push(`S1,A B,x,Other${i} Tarn,t${i},,follower,2020-01-01`);
    rows.push('S1,A B,x,Hal Tarn,haltarn,,follower,2020-01-01');
    writeFileSync(path.join(dir, 'connections.csv'), `${rows.join('\n')}\n`);
    writeFileSync(path.join(dir, 'truth.json'), JSON.stringify({ truth }));
    const quartiles = rollNameQuartiles(dir);
    expect(quartiles.map((q: { names: number }) => q.names)).toEqual([2, 2, 2, 2]);
    // The two names whose parts are on the lists, Hal Tarn (one adult) and Amy Quill (her own account and one adult's,
    // counted once though on two lists), are the top quartile; the others are borne by nobody.
    expect(quartiles[3]).toMatchObject({ adults: 1, own: 0.5, borne: 1, twoOrMore: 0.5, ownTwoOrMore: 0 });
    for (const q of quartiles.slice(0, 3)) expect(q).toMatchObject({ predicted: 0, adults: 0, own: 0, borne: 0 });
  });
});
