import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));

describe('the text report a DSL reads', () => {
  it('shows staff with a flagged finding first, each one’s findings together under their own numbers', () => {
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24']);
    expect(run.code).toBe(1);
    const findings = run.stdout.slice(run.stdout.indexOf('\nFindings\n'), run.stdout.indexOf('\nExcluded by'));
    // Each member of staff's heading, and the numbers of the findings under it.
    const groups = findings
      .split(/\n\n(?=\S)/)
      .slice(1)
      .map((block) => ({
        flagged: /^[^\n]* — \d+ flagged/.test(block),
        numbers: [...block.matchAll(/^ +(\d+)\. (?:FLAG|REVIEW)/gm)].map((m) => Number(m[1])),
      }));
    expect(groups.length).toBe(10);
    const firstUnflagged = groups.findIndex((g) => !g.flagged);
    expect(firstUnflagged).toBeGreaterThan(0);
    expect(groups.slice(firstUnflagged).every((g) => !g.flagged)).toBe(true);
    // Every number once, each group's running on.
    expect(groups.flatMap((g) => g.numbers).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const g of groups) expect(g.numbers).toEqual(Array.from(g.numbers, (_, i) => g.numbers[0]! + i));
  });
});
