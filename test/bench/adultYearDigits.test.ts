import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { adultYearDigits } from '../../scripts/bench/adultYearDigits.js';
// @ts-expect-error plain ESM module without types
import { generate, random } from '../../scripts/bench/generate.js';
import { readYears } from '../../src/match/yearEvidence.js';

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The bench's truth for an invented infant school written with `options`, and its connections file. */
async function school(options: Record<string, number>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'year-digits-'));
  dirs.push(dir);
  const made = await generate('infant', dir, 5, options);
  return { ...made, connections: readFileSync(path.join(dir, 'connections.csv'), 'utf8') };
}

describe('the bench’s adults with a roll’s birth year in their handle', () => {
  it('carry two digits that the engine reads as the birth year of a pupil born that year', () => {
    const rnd = random(11);
    const years = [2019, 2020, 2021];
    for (let i = 0; i < 200; i++) {
      const { row, label } = adultYearDigits({ fore: 'Amy', sur: 'O’Neill' }, years, rnd, plain);
      expect(label).toMatchObject({ kind: 'adult_year_digits', trap: true, expect: 'none' });
      const digits = row.username.match(/\d+/g) ?? [];
      expect(digits).toHaveLength(1);
      const year = 2000 + Number(digits[0]);
      expect(years).toContain(year);
      expect(readYears(digits, year, undefined)).toBe('dob');
    }
  });

  it('are written only when asked, and then at about the share asked of the background rows', async () => {
    const without = await school({});
    const kinds = (truth: Record<string, { kind?: string }>) =>
      Object.values(truth).filter((l) => l.kind === 'adult_year_digits').length;
    expect(kinds(without.truth)).toBe(0);
    const asked = await school({ adultYearDigits: 0.05 });
    const added = kinds(asked.truth);
    expect(asked.rows - without.rows).toBe(added);
    // The rows written before them are the same rows: the option only appends.
    expect(asked.connections.startsWith(without.connections.trimEnd().split('\n').slice(0, -1).join('\n'))).toBe(true);
    expect(added / without.rows).toBeGreaterThan(0.03);
    expect(added / without.rows).toBeLessThan(0.06);
  });
});
