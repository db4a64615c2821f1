import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { generate, random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { nearSpellingAdult, nearSpellings } from '../../scripts/bench/nearSpellingAdults.js';
import { isOneEdit } from '../../src/match/typos.js';

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const dir = mkdtempSync(path.join(tmpdir(), 'near-spelling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench’s adults whose name is one letter from a pupil’s', () => {
  it('spell the forename or the surname one letter apart, never both', () => {
    const pupils = [
      { id: 'P1', fore: 'Jayden', sur: 'Phillips' },
      { id: 'P2', fore: 'Megan', sur: 'McDonald' },
    ];
    const near = nearSpellings(pupils) as [{ fore: string; sur: string }, string, string][];
    expect(near.map(([, f, s]) => `${f} ${s}`)).toEqual(
      expect.arrayContaining(['Jaiden Phillips', 'Jayden Philips', 'Meghan McDonald', 'Megan MacDonald']),
    );
    for (const [p, fore, sur] of near) {
      const foreApart = isOneEdit(plain(fore), plain(p.fore));
      const surApart = isOneEdit(plain(sur), plain(p.sur));
      expect(foreApart !== surApart).toBe(true);
      expect(foreApart ? sur : fore).toBe(foreApart ? p.sur : p.fore);
    }
  });

  it('are labelled adults (none is the pupil), written with the near name', () => {
    const rnd = random(3);
    for (let i = 0; i < 100; i++) {
      const { row, label } = nearSpellingAdult(
        [{ id: 'P1' }, 'Meghan', 'Harris'],
        rnd,
        plain,
        () => 'bluesky7',
        () => '2020-01-01',
      );
      expect(label).toEqual({ kind: 'adult_near_spelling', trap: true, expect: 'none', pupil: 'P1' });
      expect(row.displayName).toMatch(/^(Meghan Harris|Harris, Meghan)$/);
    }
  });

  it('are written as one block after generator 27’s rows, about a quarter of one in a hundred background rows, none another pupil’s name', async () => {
    const made = await generate('secondary', dir, 9);
    const rows = parse(readFileSync(path.join(dir, 'connections.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const roll = parse(readFileSync(path.join(dir, 'roll.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const names = new Set(roll.map((r) => `${plain(r['Legal Forename']!)} ${plain(r['Legal Surname']!)}`));
    const byId = new Map(roll.map((r) => [r.UPN, r]));
    const lines = Object.entries(made.truth as Record<string, { kind: string; pupil?: string }>)
      .filter(([, l]) => l.kind === 'adult_near_spelling')
      .map(([line, l]) => [Number(line), l] as const);
    expect(lines.length).toBeGreaterThan(60);
    expect(lines.length).toBeLessThan(130);
    // Appended as one block after generator 27's rows (recall22's kinds of generator 28, recall33's of 30 and recall35's of 32 follow it).
    const first = Math.min(...lines.map(([line]) => line));
    expect(Math.max(...lines.map(([line]) => line)) - first + 1).toBe(lines.length);
    const after = Object.entries(made.truth as Record<string, { kind: string }>)
      .filter(([line]) => Number(line) > first + lines.length - 1)
      .map(([, l]) => l.kind);
    expect(new Set(after)).toEqual(
      new Set(
        [
          'forename_age',
          'adult_forename_number',
          'pet_form_s',
          'relative_s_form',
          // generator 30
          'former_adult_written',
          'namesake_connected_age_4_7',
          'junior_connected_6_7',
          // generator 30 (weakForms.js)
          'pet_name_of_its_own',
          'relative_pet_name',
          'forename_year_form',
          'adult_forename_number_letter',
          'surname_romanisation',
          // generator 32 (wrappedForenames.js)
          'wrapped_forename_number',
          'adult_wrapped_forename_number',
          'forename_age_shared',
          // generator 34 (forenameNumberShown.js)
          'forename_number_shown',
          'adult_forename_number_shown',
          // generator 36 (familyAccounts.js)
          'relative_whole_name',
          'grown_sibling_short_form',
          'parent_shared_forename',
          'parent_child_year_handle',
          'parent_child_name',
          'family_beside',
          // generator 38 (knownToSeveral.js): background namesakes on more lists, and the kind
          'background_namesake',
          'namesake_several_lists',
          // generator 44 (middleNames.js)
          'middle_as_forename',
          'relative_middle_name',
          'adult_middle_namesake',
          // generator 45 (tradeWords.js)
          'pupil_hobbyHandle',
          'pupil_hobbyDisplay',
          'pupil_selfDescribed',
          'pupil_sideLine',
          'pupil_aspiration',
          'adult_trade_surname',
          'adult_title_surname',
          'adult_job',
          'adult_letters',
          'namesake_hobby_business',
          // generator 47 (bios.js)
          'pupil_bio',
          'adult_namesake_bio',
        ].filter((k) => after.includes(k)),
      ),
    );
    for (const [line, label] of lines) {
      const row = rows[line - 2]!;
      const [fore, sur] = row.display_name!.includes(',')
        ? row.display_name!.split(', ').reverse()
        : row.display_name!.split(' ');
      expect(names.has(`${plain(fore!)} ${plain(sur!)}`)).toBe(false);
      const pupil = byId.get(label.pupil ?? '');
      if (!pupil) continue; // a leaver in scope: on the leavers' file, not the roll
      expect(isOneEdit(plain(`${fore}${sur}`), plain(`${pupil['Legal Forename']}${pupil['Legal Surname']}`))).toBe(
        true,
      );
    }
  });
});
