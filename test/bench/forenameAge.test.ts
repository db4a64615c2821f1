import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { adultForenameNumberRow, forenameAgeRow } from '../../scripts/bench/forenameAge.js';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
import { agesWritten, readYears } from '../../src/match/yearEvidence.js';

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const AUDIT = '2026-11-24';

describe('the bench’s forename-and-age accounts and the adults like them', () => {
  it('write the pupil’s age then or now, which the engine reads as the pupil’s age', () => {
    const rnd = random(3);
    const p = { fore: 'Matilda', dob: '2011-03-10' };
    for (let i = 0; i < 200; i++) {
      const on = i % 2 ? '2024-06-01' : undefined;
      const made = forenameAgeRow(p, on, AUDIT, rnd, plain);
      expect(made.row.username.replace(/[\d._]/g, '')).toBe('matilda');
      const digits = made.row.username.match(/\d+/g);
      expect(digits).toEqual([String(made.age)]);
      expect(readYears(digits, 2011, 10, true, p.dob, agesWritten(p.dob, on, AUDIT))).toBe('age');
    }
  });

  it('write no account for a pupil under 8', () => {
    expect(forenameAgeRow({ fore: 'Ava', dob: '2020-01-01' }, undefined, AUDIT, random(1), plain)).toBeNull();
  });

  it('give adults a forename and a number from 1 to 30, as a trap', () => {
    const rnd = random(5);
    for (let i = 0; i < 200; i++) {
      const { row, label } = adultForenameNumberRow('James', 'Ward', rnd, plain);
      expect(label).toMatchObject({ kind: 'adult_forename_number', trap: true, expect: 'none' });
      const n = Number(row.username.match(/\d+/)[0]);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(30);
      expect(['James Ward', 'James', '']).toContain(row.displayName);
    }
  });
});
