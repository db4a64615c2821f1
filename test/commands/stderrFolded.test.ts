import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { schoolForEachTest, testIO } from './harness.js';

const world = schoolForEachTest();

/** Standard error at a terminal `columns` wide, as a person running the command sees it. */
function onTerminal(columns: number) {
  const io = testIO(world.school.dir);
  Object.assign(io.stderr, { isTTY: true, columns });
  return io;
}

describe('what a command says on standard error at a 40-column terminal', () => {
  it.each([
    ['text', 'audit.txt'],
    ['csv', 'audit.csv'],
  ] as const)('--format %s --out: "Report written" folded at spaces, never inside a word', async (format, out) => {
    const io = onTerminal(40);
    await audit('school', { format, date: '2026-11-24', out }, io);
    // After the progress line a terminal shows and clears.
    const said = io.out().slice(io.out().indexOf('Report written'));
    const rows = said.trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(40);
    expect(said.replace(/\s+/g, ' ')).toMatch(/\(\d+ flagged, \d+ for review/);
  });
});
