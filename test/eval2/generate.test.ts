import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { digestFolder, digestKey } from '../../eval2/digest.mjs';
import { key, records } from './readGenerated.js';

// eval2 is plain .mjs, run as a user runs it: these tests spawn the generator and read its files.
const GENERATE = fileURLToPath(new URL('../../eval2/generate.mjs', import.meta.url));
const DIGESTS = JSON.parse(readFileSync(new URL('../../eval2/digests.json', import.meta.url), 'utf8'));
const AUDIT_DATE = '2026-11-30';
// Another seed is told apart on small schools (the same code paths and draws, a tenth of the
// pupils, staff and adults) in `npm test`, on full ones in `npm run eval2:check` (EVAL2_FULL=1).
const OTHER_SEED_SCALE = process.env.EVAL2_FULL === '1' ? 1 : 0.1;

function generate(seed: number, out: string, scale = 1): void {
  const args = ['--seed', String(seed), '--scale', String(scale), '--out', out];
  const run = spawnSync(process.execPath, [GENERATE, ...args], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

function ageOn(dob: string, date: string): number {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = date.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

describe('eval2 generator', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eval2-gen-'));
    generate(7, join(work, 'a'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Stricter than generating twice in a row: the bytes were recorded by another process, on another
  // day (eval2/check.mjs --update), so an unseeded or clock-driven draw cannot match them. The trust
  // shares much of the school's code: this is also where a change made for the trust shows.
  it('writes the same bytes for the same seed: those recorded in eval2/digests.json', () => {
    expect(digestFolder(join(work, 'a'))).toEqual(DIGESTS[digestKey('school', 7)]);
  });

  // Not the roll's bytes: the seed also picks the MIS style, so a generator deaf to its seed would
  // still write another roll. The pupils themselves must differ.
  it('writes another school for another seed', () => {
    const pupils = (seed: number) => {
      generate(seed, join(work, `seed-${seed}`), OTHER_SEED_SCALE);
      return records(join(work, `seed-${seed}`, 'truth', 'pupils.csv')).map((p) => `${p.first} ${p.surname} ${p.dob}`);
    };
    const seven = new Set(pupils(7));
    const eight = pupils(8);
    expect(eight.length).toBeGreaterThan(0);
    expect(eight.filter((p) => seven.has(p)).length).toBeLessThan(eight.length / 10);
  });

  it("gives one truth row for every connection row, agreeing with the row's platform and names", () => {
    const audit = join(work, 'a', 'audit');
    const truth = records(join(work, 'a', 'truth', 'connections.csv'));
    const bySource = new Map(truth.map((t) => [t.source, t]));
    expect(bySource.size).toBe(truth.length);
    const lists = ['connections.csv', ...readdirSync(join(audit, 'connections')).map((f) => `connections/${f}`)];
    let rows = 0;
    const disagreeing: string[] = []; // one expect at the end: 80,000 expects take seconds
    for (const file of lists) {
      const data = records(join(audit, file));
      data.forEach((row, i) => {
        rows++;
        const t = bySource.get(`${file}:${i + 2}`);
        const get = (...names: string[]) => names.map((n) => row[n]).find((v) => v !== undefined) ?? '';
        const agrees =
          t !== undefined &&
          get('platform', 'Platform').toLowerCase() === t.platform &&
          get('display_name', 'Display Name') === t.display_name &&
          get('username', 'Username') === t.username;
        if (!agrees) disagreeing.push(`${file}:${i + 2}`);
      });
    }
    expect(disagreeing).toEqual([]);
    expect(rows).toBe(truth.length);
    expect(rows).toBeGreaterThanOrEqual(15_000);
    expect(rows).toBeLessThanOrEqual(25_000);
  });

  it('names in the truth pupils who are on the roll or leavers list, of the status and age it says', () => {
    const dir = join(work, 'a');
    const truth = records(join(dir, 'truth', 'connections.csv'));
    const pupils = new Map(records(join(dir, 'truth', 'pupils.csv')).map((p) => [p.pupil_id, p]));
    const roll = records(join(dir, 'audit', 'roll.csv'));
    const leavers = records(join(dir, 'audit', 'leavers.csv'));
    const idOf = (r: Record<string, string>) => r.UPN ?? r['Admission Number'] ?? '';
    const onRoll = new Set(roll.map(idOf));
    const left = new Set(leavers.map(idOf));
    // A pupil's id is theirs alone, across the roll and the leavers.
    expect(new Set([...onRoll, ...left]).size).toBe(roll.length + leavers.length);
    expect(onRoll.size).toBeGreaterThan(900);
    expect(onRoll.size).toBeLessThan(1100);
    const staff = records(join(dir, 'audit', 'staff.csv'));
    expect(staff.length).toBeGreaterThanOrEqual(80);
    expect(staff.length).toBeLessThanOrEqual(120);
    const exemptions = new Set(records(join(dir, 'audit', 'exemptions.csv')).map((e) => `${e.staff_id} ${e.pupil_id}`));
    const wholeNames = new Set(
      [...pupils.values()].flatMap((p) => [key(`${p.first} ${p.surname}`), key(`${p.legal_first} ${p.surname}`)]),
    );
    const seen = new Set<string>();
    for (const t of truth) {
      seen.add(t.kind!);
      const p = t.pupil_id ? pupils.get(t.pupil_id) : undefined;
      if (t.kind!.startsWith('P_') || t.kind === 'X_EXEMPT') {
        expect(onRoll.has(t.pupil_id!), t.source).toBe(true);
        expect(['clear', 'weak']).toContain(t.kind === 'X_EXEMPT' ? 'clear' : t.class);
      }
      if (t.kind === 'FORMER_U18' || t.kind === 'FORMER_18') {
        expect(left.has(t.pupil_id!), t.source).toBe(true);
        expect(ageOn(p!.dob!, AUDIT_DATE) >= 18, t.source).toBe(t.kind === 'FORMER_18');
      }
      if (t.kind === 'X_EXEMPT') expect(exemptions.has(`${t.staff_id} ${t.pupil_id}`), t.source).toBe(true);
      if (t.kind === 'P_PLAIN') expect(key(t.display_name!)).toContain(key(p!.surname!));
      // Adults may decorate their name (an emoji, `Dr`, `MBA`): the whole name is within it.
      const bare = key(t.display_name!)
        .replace(/[^\p{L} '-]/gu, '')
        .trim();
      if (t.kind === 'A_NAMESAKE')
        expect(
          [...wholeNames].some((n) => bare.includes(n)),
          t.display_name,
        ).toBe(true);
      if (t.kind === 'A_OTHER') expect(wholeNames.has(bare), t.display_name).toBe(false);
    }
    for (const kind of [
      'P_PLAIN',
      'P_TYPO',
      'FORMER_U18',
      'FORMER_18',
      'X_EXEMPT',
      'A_PARENT',
      'A_NAMESAKE',
      'A_PAGE',
    ]) {
      expect(seen.has(kind), kind).toBe(true);
    }
  });
});
