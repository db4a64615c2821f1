import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { knownToSeveralRows, namesakeSeveralListsRows } from '../../scripts/bench/knownToSeveral.js';

type Row = {
  member: { id: string };
  row: Record<string, string | undefined>;
  label?: { kind: string; pupil?: string; trap?: boolean };
};
const STAFF = [{ id: 'S1' }, { id: 'S2' }, { id: 'S3' }, { id: 'S4' }];
const PUPILS = [
  { id: 'P1', fore: 'Samuel', sur: 'Stanhurst' },
  { id: 'P2', fore: 'Ellie', sur: 'Ward' },
];
/** The accounts of rows: platform and handle, profile number or display name, as the engine tells them. */
const accountOf = (r: Row) => `${r.row.platform}|${r.row.username ?? r.row.profileId ?? r.row.displayName}`;
const byAccount = (rows: Row[]) => {
  const out = new Map<string, Row[]>();
  for (const r of rows) out.set(accountOf(r), [...(out.get(accountOf(r)) ?? []), r]);
  return out;
};

describe('adults known to several members of staff (generator 38)', () => {
  it('write a background account again on one or two other members’ lists, the same account and label', () => {
    const again = [
      { member: STAFF[0], row: { displayName: 'Karen Bloggs', platform: 'facebook', profileId: '000000001' } },
      {
        member: STAFF[1],
        row: { displayName: 'Samuel Stanhurst', platform: 'x', username: 'oakriver1' },
        label: { kind: 'background_namesake', trap: true },
      },
    ];
    const rows = knownToSeveralRows({ again, staff: STAFF, rnd: random(38), auditDate: '2026-11-24' }) as Row[];
    for (const first of again) {
      const more = rows.filter((r) => accountOf(r) === accountOf(first as Row));
      expect(more.length).toBeGreaterThanOrEqual(1);
      expect(more.length).toBeLessThanOrEqual(2);
      const members = more.map((r) => r.member.id);
      expect(new Set(members).size).toBe(members.length);
      expect(members).not.toContain(first.member!.id);
      for (const r of more) expect(r.label).toEqual(first.label);
    }
  });

  it('plant adults bearing a pupil’s whole name on two or three lists, one account each, as traps', () => {
    const rows = namesakeSeveralListsRows({
      pupils: PUPILS,
      staff: STAFF,
      count: 20,
      rnd: random(38),
      auditDate: '2026-11-24',
    }) as Row[];
    const accounts = byAccount(rows);
    expect(accounts.size).toBe(20);
    for (const same of accounts.values()) {
      expect(same.length).toBeGreaterThanOrEqual(2);
      expect(same.length).toBeLessThanOrEqual(3);
      expect(new Set(same.map((r) => r.member.id)).size).toBe(same.length);
      const pupil = PUPILS.find((p) => p.id === same[0]!.label!.pupil)!;
      for (const r of same) {
        expect(r.label).toMatchObject({ kind: 'namesake_several_lists', trap: true });
        expect(r.row.displayName).toBe(`${pupil.fore} ${pupil.sur}`);
        expect(r.row.username ?? r.row.profileId).toBeDefined();
      }
    }
  });
});
