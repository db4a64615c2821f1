import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { familyRows } from '../../scripts/bench/familyAccounts.js';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
import { createNicknameBook } from '../../src/match/nicknames.js';

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const book = createNicknameBook();
const PUPILS = [
  { id: 'P1', fore: 'Samuel', sur: 'Stanhurst', dob: '2012-05-01' },
  { id: 'P2', fore: 'Lucas', sur: 'Bromfield', dob: '2013-02-02' },
  { id: 'P3', fore: 'Ellie', sur: 'Ward', dob: '2014-09-30' },
];
type Row = { member: { id: string }; row: Record<string, string | undefined>; label: { kind: string; pupil: string } };
const rows = familyRows({
  pupils: PUPILS,
  childNames: ['Samuel', 'Samantha', 'Lucas', 'Luke', 'Ellie', 'Jack'],
  adultName: () => 'Karen',
  staff: [{ id: 'S1' }, { id: 'S2' }],
  count: 12,
  rnd: random(36),
  plain,
  book,
  auditDate: '2026-11-24',
}) as Row[];
const ofKind = (kind: string) => rows.filter((r) => r.label.kind === kind);
const pupilOf = (r: Row) => PUPILS.find((p) => p.id === r.label.pupil)!;

describe('the bench’s family accounts (generator 36)', () => {
  it('plants each kind the count asked for, every row a trap beside a pupil', () => {
    for (const kind of [
      'relative_whole_name',
      'grown_sibling_short_form',
      'parent_child_year_handle',
      'parent_child_name',
    ])
      expect(ofKind(kind)).toHaveLength(12);
    // Only Samuel's forename has a form adults carry as their own (Sam): drawn again until one is.
    expect(ofKind('parent_shared_forename').length).toBe(12);
    for (const r of rows) expect(r.label).toMatchObject({ trap: true, expect: 'none' });
  });

  it('writes a grown sibling’s own short form, one the pupil’s forename shares with another child’s name', () => {
    for (const r of ofKind('grown_sibling_short_form')) {
      const [form, sur] = r.row.displayName!.split(' ');
      const p = pupilOf(r);
      expect(sur).toBe(p.sur);
      expect(book.formsOf(plain(p.fore)).get(plain(form!))).toBe('nickname');
      expect(
        ['Samantha', 'Luke', 'Samuel', 'Lucas'].some(
          (n) => n !== p.fore && book.formsOf(plain(n)).get(plain(form!)) === 'nickname',
        ),
      ).toBe(true);
    }
  });

  it('puts another of the family on the same list beside about half of those bearing the name or its short form', () => {
    const beside = ofKind('family_beside');
    expect(beside.length).toBeGreaterThan(8);
    expect(beside.length).toBeLessThan(28);
    for (const r of beside) {
      const before = rows[rows.indexOf(r) - 1]!;
      expect(r.member).toBe(before.member);
      expect(r.row.displayName).toBe(`Karen ${pupilOf(r).sur}`);
    }
  });

  it('names the child in a parent’s handle or display name, and never writes the pupil’s whole name there', () => {
    for (const r of ofKind('parent_child_year_handle')) expect(r.row.username).toContain(pupilOf(r).dob.slice(2, 4));
    for (const r of ofKind('parent_child_name')) {
      const shown = `${r.row.displayName ?? ''} ${r.row.username ?? ''}`.toLowerCase();
      expect(shown).toContain(plain(pupilOf(r).fore));
      expect(shown).toMatch(/mum|mam|mummy|dad/);
    }
  });
});
