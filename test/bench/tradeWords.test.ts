import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { PUPIL_SHARES, tradeWordRows } from '../../scripts/bench/tradeWords.js';
import { createMatcher } from '../../src/match/createMatcher.js';
import { pupil, STAFF } from '../match/fixtures/pupils.js';

type Row = {
  member: { id: string };
  row: { displayName?: string; username?: string; platform?: string; connectedOn?: string };
  label: { kind: string; pupil?: string; trap?: boolean; expect: string };
};
const PUPILS = [
  { id: 'P1', fore: 'Isla', sur: 'Marsh', dob: '2012-03-14', year: 9 },
  { id: 'P2', fore: 'Kai', sur: 'Tolland', dob: '2010-01-20', year: 11 },
  { id: 'P3', fore: 'Ava', sur: 'Quiney', dob: '2020-01-02', year: 1 },
];
const rowsOf = (pupils = PUPILS) =>
  tradeWordRows({
    pupils,
    staff: [{ id: 'S1' }],
    pupilRows: 4_000,
    familyCount: 12,
    rnd: random(45),
    plain: (s: string) => s.toLowerCase(),
    adultForename: () => 'Sarah',
    auditDate: '2026-11-24',
  }) as Row[];

describe('pupils who write hobby, trade and job words beside their names, and the adults who do (generator 45)', () => {
  it('plant each kind of pupil at its share of the pupil rows, pupils of 11 or over only, labelled theirs', () => {
    const rows = rowsOf();
    for (const [kind, share] of Object.entries(PUPIL_SHARES as Record<string, number>))
      expect(rows.filter((r) => r.label.kind === `pupil_${kind}`).length, kind).toBe(Math.round(4_000 * share));
    const pupils = rows.filter((r) => !r.label.trap);
    expect(pupils.every((r) => r.label.pupil !== 'P3' && r.label.expect === 'review')).toBe(true);
    expect(rowsOf([PUPILS[2]!])).toEqual([]);
  });

  it('are read as the pupil, with a word of a hobby or none (an aspiration)', () => {
    const roll = PUPILS.map((p) => pupil(p.id, p.fore, p.sur, { dob: p.dob }));
    for (const { row, label } of rowsOf()) {
      const [found] = createMatcher(roll).match(
        { platform: 'instagram', source: { file: 'c', line: 2 }, ...row },
        STAFF,
      );
      const shown = JSON.stringify(row);
      if (label.trap) continue;
      expect(found?.pupil.id, shown).toBe(label.pupil);
      expect(['hobby', 'no'], shown).toContain(found?.levels.adultWords);
    }
  });
});
