import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { GOES_BY_MIDDLE, middleNameRows } from '../../scripts/bench/middleNames.js';

type Row = {
  member: { id: string };
  row: Record<string, string | undefined>;
  label: { kind: string; pupil?: string; trap?: boolean; expect: string };
};
const STAFF = [{ id: 'S1' }, { id: 'S2' }];
const PUPILS = [
  { id: 'P1', fore: 'Thomas', sur: 'Standcliffe', middle: 'James', dob: '2012-03-04' },
  { id: 'P2', fore: 'Emily', sur: 'Marwood', middle: 'Rose', dob: '2013-10-01' },
  { id: 'P3', fore: 'Oliver', sur: 'Ward', middle: 'George', dob: '2011-05-06' },
  { id: 'P4', fore: 'Ava', sur: 'Quiney', dob: '2014-01-02' },
];
const plain = (s: string) => s.toLowerCase();
const rowsOf = (isNamesake: (fore: string, sur: string) => boolean = () => false) =>
  middleNameRows({
    pupils: PUPILS,
    staff: STAFF,
    pupilRows: 2_000,
    familyCount: 12,
    rnd: random(44),
    plain,
    isNamesake,
    dateAfter: () => '2025-01-01',
    auditDate: '2026-11-24',
  }) as Row[];
const byKind = (rows: Row[], kind: string) => rows.filter((r) => r.label.kind === kind);

describe('pupils going by their middle name, and the adults bearing it (generator 44)', () => {
  it('plant the pupils at GOES_BY_MIDDLE of the pupil rows with a middle name, the middle name where the forename would be', () => {
    const rows = byKind(rowsOf(), 'middle_as_forename');
    // Three pupils of four have a middle name: 2,000 × 3/4 × the share.
    expect(rows.length).toBe(Math.round(2_000 * 0.75 * GOES_BY_MIDDLE));
    for (const { row, label } of rows) {
      const p = PUPILS.find((q) => q.id === label.pupil)!;
      expect(label).toMatchObject({ expect: 'review' });
      expect(label.trap).toBeUndefined();
      expect(`${row.displayName} ${row.username ?? ''}`.toLowerCase()).toContain(p.middle!.toLowerCase());
      expect(row.displayName).not.toContain(p.fore);
    }
  });

  it('plant relatives and unrelated adults bearing the middle name and the surname, as traps', () => {
    const rows = rowsOf();
    for (const kind of ['relative_middle_name', 'adult_middle_namesake']) {
      const traps = byKind(rows, kind);
      expect(traps).toHaveLength(12);
      for (const { row, label } of traps) {
        const p = PUPILS.find((q) => q.id === label.pupil)!;
        expect(label).toMatchObject({ trap: true, expect: 'none' });
        expect(row.displayName).toBe(`${p.middle} ${p.sur}`);
        expect(['tiktok', 'snapchat']).not.toContain(row.platform);
      }
    }
  });

  it('leave out a middle name and surname another pupil goes by (that is the other pupil’s whole name)', () => {
    const rows = rowsOf((fore, sur) => fore === 'James' && sur === 'Standcliffe');
    expect(rows.some((r) => r.label.pupil === 'P1')).toBe(false);
    expect(rows.some((r) => r.label.pupil === 'P4')).toBe(false);
  });
});
