import { describe, expect, it } from 'vitest';
import { visibleLength, wrapLine } from '../../src/report/wrapLine.js';

describe('wrapLine', () => {
  it('breaks at words, each further row under the line’s indent and two more', () => {
    expect(wrapLine('    Facebook: "Harvey Lewis" · friends · since 2026-04-01', 30)).toEqual([
      '    Facebook: "Harvey Lewis" ·',
      '      friends · since',
      '      2026-04-01',
    ]);
  });

  it('keeps a date said in words on one row', () => {
    expect(wrapLine('Kept: the family link is to be reviewed again on 5 December 2027.', 52)).toEqual([
      'Kept: the family link is to be reviewed again on',
      '  5 December 2027.',
    ]);
    expect(wrapLine('  recorded by H. Ashworth on 2 October 2023, due 1 May', 36)).toEqual([
      '  recorded by H. Ashworth on',
      '    2 October 2023, due 1 May',
    ]);
  });

  it('does not count colour codes, and never splits one', () => {
    const red = '\u001b[31m';
    const reset = '\u001b[39m';
    const line = `  ${red}FLAG${reset} Oliver Smith current pupil`;
    expect(visibleLength(line)).toBe(33);
    expect(wrapLine(line, 33)).toEqual([line]);
    const rows = wrapLine(line, 20);
    expect(rows.map(visibleLength).every((n) => n <= 20)).toBe(true);
    expect(rows.join(' ').replace(/ +/g, ' ')).toBe(line.replace(/ +/g, ' '));
  });

  it('fits every row into any width down to the longest word', () => {
    const text =
      '  3. Findings 5 and 6 concern the Designated Safeguarding Lead: give them to the Headteacher, Alice Hart.';
    for (let width = 18; width <= 120; width++) {
      const rows = wrapLine(text, width);
      expect(
        rows.every((row) => visibleLength(row) <= width),
        String(width),
      ).toBe(true);
      expect(rows.map((row) => row.trim()).join(' ')).toBe(text.trim());
    }
  });
});

describe('wrapLine: a word no row can hold', () => {
  it('stays beside a bullet rather than leave the bullet alone on its row (a Facebook download’s warning)', () => {
    const source =
      'connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL/connections/friends/your_friends.json:';
    expect(wrapLine(`  ! ${source} not complete, readable JSON`, 80)).toEqual([
      `  ! ${source}`,
      '    not complete, readable JSON',
    ]);
    expect(wrapLine(`  12. ${source} read`, 40)).toEqual([`  12. ${source}`, '    read']);
  });

  it('still starts a row of its own after words', () => {
    const path = 'connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL/your_friends.json';
    expect(wrapLine(`  Source: ${path}`, 40)).toEqual(['  Source:', `    ${path}`]);
  });
});

describe('wrapLine: a coloured indent', () => {
  it('keeps the indent that a colour code comes before, and folds under it', () => {
    const yellow = '\u001b[33m';
    const reset = '\u001b[39m';
    const line = `${yellow}  ! ${reset}exemptions.csv:3: the family link between Priya Sharma and Arjun Sharma was due`;
    expect(wrapLine(line, 40)).toEqual([
      `${yellow}  ! ${reset}exemptions.csv:3: the family link`,
      '    between Priya Sharma and Arjun',
      '    Sharma was due',
    ]);
    const long = `${yellow}  ! ${reset}connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL: one of`;
    expect(wrapLine(long, 40)).toEqual([
      `${yellow}  ! ${reset}connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL:`,
      '    one of',
    ]);
  });
});

describe('wrapLine: the text report’s long paths (foldPaths)', () => {
  const path = 'connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL/connections/friends/your_friends.json:2';

  it('folds a path no row can hold after a `/`, never inside a name, and adds nothing to it', () => {
    expect(wrapLine(`               Source: ${path}`, 80, true)).toEqual([
      '               Source: connections/ST06/',
      '                 facebook-gemmapritchard-2026-11-10-Xk3f9QpL/connections/',
      '                 friends/your_friends.json:2',
    ]);
  });

  it('fits every row down to narrow widths, a name too long for a row folded after a `-`', () => {
    for (let width = 24; width <= 120; width++) {
      const rows = wrapLine(`  Source: ${path}`, width, true);
      expect(
        rows.every((row) => row.length <= width),
        String(width),
      ).toBe(true);
      expect(
        rows
          .map((row) => row.trim())
          .join('')
          .replace(/^Source: ?/, ''),
        String(width),
      ).toBe(path);
      for (const row of rows.slice(0, -1)) expect(row, String(width)).toMatch(/[/:-]$/);
    }
  });

  it('leaves a path that a row of its own holds whole', () => {
    const short = 'connections/ST11-instagram.csv:4';
    expect(wrapLine(`               Source: ${short}`, 50, true)).toEqual([
      '               Source:',
      `                 ${short}`,
    ]);
  });
});
