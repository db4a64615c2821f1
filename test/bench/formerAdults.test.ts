import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { FORMER_ADULT_SHARE, leaversBeside } from '../../scripts/bench/formerAdults.js';
// @ts-expect-error plain ESM module without types
import { AUDIT_DATE, generate, random, SIZES } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { juniorYoungRow, namesakeYoungRow } from '../../scripts/bench/namesakeYoung.js';
import { ageOn } from '../../src/normalise/dates.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const ukToIso = (uk: string) => uk.split('/').reverse().join('-');

describe('the bench’s former pupils now grown, written as pupils write themselves', () => {
  it('are leavers 18 or over on the leavers’ file, one row per two pupil rows, every one a trap', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'former-adults-'));
    dirs.push(dir);
    const made = await generate('infant', dir, 3);
    const leavers = parse(readFileSync(path.join(dir, 'leavers.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const byId = new Map(leavers.map((r) => [r.UPN, r]));
    const rows = Object.values(made.truth as Record<string, { kind: string; pupil: string; trap?: boolean }>).filter(
      (l) => l.kind === 'former_adult_written',
    );
    const { rows: total, pupilShare } = SIZES.infant;
    expect(rows.length).toBe(Math.round(Math.round(total * pupilShare) * FORMER_ADULT_SHARE));
    for (const label of rows) {
      expect(label.trap).toBe(true);
      const leaver = byId.get(label.pupil);
      expect(leaver, label.pupil).toBeDefined();
      expect(ageOn(ukToIso(leaver!.DOB!), AUDIT_DATE)).toBeGreaterThanOrEqual(18);
    }
  });

  it('include older siblings and namesakes of current pupils, 18 to 21 and left', () => {
    const current = Array.from({ length: 2000 }, (_, i) => ({ fore: i % 2 ? 'Ava' : 'Noah', sur: `Sur${i}` }));
    const beside = leaversBeside(current, random(4), ['Ava', 'Noah', 'Ruby'], plain);
    const siblings = beside.filter((l: { fore: string; sur: string }, i: number) => {
      const pupil = current.find((p) => p.sur === l.sur)!;
      expect(pupil, String(i)).toBeDefined();
      return l.fore !== pupil.fore;
    });
    // A tenth of pupils have an older sibling, one in fifty a namesake.
    expect(siblings.length).toBeGreaterThan(150);
    expect(siblings.length).toBeLessThan(250);
    expect(beside.length - siblings.length).toBeGreaterThan(20);
    expect(beside.length - siblings.length).toBeLessThan(65);
    for (const l of beside) {
      expect(ageOn(l.dob, AUDIT_DATE)).toBeGreaterThanOrEqual(18);
      expect(ageOn(l.dob, AUDIT_DATE)).toBeLessThanOrEqual(21);
      expect(l.leaving <= AUDIT_DATE).toBe(true);
    }
  });
});

describe('the bench’s accounts of a pupil’s whole name connected when the pupil was young', () => {
  const rnd = random(8);
  const pupil = (dob: string) => ({ id: 'T1', fore: 'Ava', sur: 'Wood', dob });

  it('namesakes are met when a pupil of 8 or over was 4 to 7, never an infant', () => {
    for (let i = 0; i < 200; i++) {
      const made = namesakeYoungRow(pupil('2013-03-10'), AUDIT_DATE, rnd);
      if (!made) continue;
      const age = ageOn('2013-03-10', made.row.connectedOn);
      expect(age).toBeGreaterThanOrEqual(4);
      expect(age).toBeLessThanOrEqual(7);
      expect(made.label).toMatchObject({ kind: 'namesake_connected_age_4_7', trap: true, expect: 'none' });
    }
    expect(namesakeYoungRow(pupil('2020-03-10'), AUDIT_DATE, rnd)).toBeUndefined();
  });

  it('juniors’ own accounts are met at 6 or 7, for pupils of 8 to 11 only', () => {
    let made = 0;
    for (let i = 0; i < 200; i++) {
      const row = juniorYoungRow(pupil('2016-02-01'), AUDIT_DATE, rnd);
      if (!row) continue;
      made++;
      const age = ageOn('2016-02-01', row.row.connectedOn);
      expect(age === 6 || age === 7).toBe(true);
      expect(row.label).toMatchObject({ kind: 'junior_connected_6_7', pupil: 'T1', expect: 'review' });
    }
    expect(made).toBeGreaterThan(100);
    expect(juniorYoungRow(pupil('2010-02-01'), AUDIT_DATE, rnd)).toBeUndefined();
    expect(juniorYoungRow(pupil('2020-02-01'), AUDIT_DATE, rnd)).toBeUndefined();
  });
});
