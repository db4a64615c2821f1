import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { bioRows, PUPIL_BIO_SHARE } from '../../scripts/bench/bios.js';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
import { partsSetOff } from '../../src/match/bioWords.js';
import { JOB_WORDS, WORKER_WORDS } from '../../src/match/data/jobWords.js';

type Row = {
  member: { id: string };
  row: Record<string, string | undefined>;
  label: { kind: string; pupil?: string; trap?: boolean; expect: string };
};
const PUPILS = [
  { id: 'P1', fore: 'Jade', sur: 'Quigley', dob: '2012-03-10' },
  { id: 'P2', fore: 'Tomasz', sur: 'Brennock', dob: '2013-10-01' },
];
const rowsOf = () =>
  bioRows({
    pupils: PUPILS,
    staff: [{ id: 'S1' }, { id: 'S2' }],
    pupilRows: 2_000,
    familyCount: 12,
    rnd: random(47),
    dateAfter: () => '2025-01-01',
    auditDate: '2026-11-24',
  }) as Row[];

describe('words set off beside a whole name (generator 47)', () => {
  it('plant pupils at PUPIL_BIO_SHARE of the pupil rows and adult namesakes as traps, the whole name then words set off', () => {
    const rows = rowsOf();
    const pupils = rows.filter((r) => r.label.kind === 'pupil_bio');
    const adults = rows.filter((r) => r.label.kind === 'adult_namesake_bio');
    expect(pupils).toHaveLength(Math.round(2_000 * PUPIL_BIO_SHARE));
    expect(adults).toHaveLength(12);
    for (const { label } of pupils) expect(label).toMatchObject({ expect: 'review' });
    for (const { label } of adults) expect(label).toMatchObject({ trap: true, expect: 'none' });
    const jobs = new Set<string>([...JOB_WORDS, ...WORKER_WORDS]);
    for (const { row, label } of rows) {
      const p =
        PUPILS.find((q) => q.id === label.pupil) ??
        PUPILS.find((q) => row.displayName!.startsWith(`${q.fore} ${q.sur}`))!;
      expect(row.displayName!.startsWith(`${p.fore} ${p.sur} `)).toBe(true);
      const parts = partsSetOff(row.displayName)!;
      expect(parts[0]).toEqual([p.fore.toLowerCase(), p.sur.toLowerCase()]);
      // Never a job (trade45's words): the fit is of words that are neither job nor title.
      for (const word of parts.slice(1).flat()) expect(jobs.has(word)).toBe(false);
    }
  });
});
