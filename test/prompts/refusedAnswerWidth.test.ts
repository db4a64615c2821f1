import { Writable } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createPromptKit } from '../../src/prompts/PromptKit.js';
import { recorderProblem } from '../../src/prompts/recorderName.js';

/** A terminal `columns` wide, as an 80-column Headteacher's is. */
function kitOn(columns: number) {
  const terminal = Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback() }), { columns });
  return createPromptKit({ input: screen.input, output: terminal });
}

/**
 * A date typed where the name goes: why it is refused ran past 80 columns, and the terminal broke it where the edge
 * fell, inside a word at other widths. It is folded at spaces under its "> ".
 */
describe('why an answer is refused, on a narrow terminal', () => {
  it.each([80, 60, 40])('at %i columns: folded at spaces, every row within the width', async (columns) => {
    const kit = kitOn(columns);
    const answer = kit.input({ message: 'Recorded by (your name)', validate: (v) => recorderProblem(v) ?? true });
    await screen.next();
    screen.type('12/12/2026');
    screen.keypress('enter');
    await screen.next();
    const problem = recorderProblem('12/12/2026')!;
    const lines = screen.getScreen().split('\n');
    const from = lines.findIndex((line) => line.startsWith('> '));
    expect(from).toBeGreaterThan(-1);
    const rows = lines.slice(from).filter((line) => line.trim() !== '');
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(columns);
    for (const row of rows.slice(1)) expect(row).toMatch(/^ {2}\S/);
    expect(rows.map((row) => row.slice(2)).join(' ')).toBe(problem);
    screen.keypress('escape');
    await answer.catch(() => undefined);
  });
});
