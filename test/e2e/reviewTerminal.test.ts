import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { Terminal, terminalUnavailable } from './exemptionsTerminal.js';

/** The sample school's 15 findings for review, triaged at an 80-column terminal and stopped part-way. */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
let work: string;
const decisionRows = (): string[] =>
  readFileSync(path.join(work, 'school', 'decisions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-review-'));
  cpSync(SAMPLE, path.join(work, 'school'), { recursive: true });
  const audit = ['audit', 'school', '--date', '2026-11-24', '--format', 'json', '--out', 'school/autumn.json'];
  expect((await runInProcess(audit, { cwd: work })).code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(terminalUnavailable() !== undefined)(
  'review at an 80-column terminal, stopped part-way',
  { timeout: 300_000 },
  () => {
    it('"Stop here" saves the decisions made; the next review offers what is left; Ctrl+C keeps nothing and says so', async () => {
      const terminal = new Terminal(work, { columns: 80, rows: 40 });
      try {
        terminal.start(['review', 'school/autumn.json']);
        await terminal.waitFor(/choose\s+"Stop here"\s+at any finding/);
        await terminal.waitFor('Recorded by');
        terminal.type('K. Head');
        terminal.press('Enter');
        await terminal.waitFor('Finding 1 of 15');
        terminal.press('Enter'); // it is this pupil
        await terminal.waitFor('Stop here and save the decision made so far');
        for (let i = 0; i < 4; i++) terminal.press('Down');
        terminal.press('Enter');
        await terminal.waitFor('Save this decision to school/decisions.csv? (Y/n)');
        for (const line of terminal.screen().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
        terminal.press('Enter');
        expect(await terminal.exitCode()).toBe(0);
        expect(decisionRows()).toHaveLength(1);
      } finally {
        terminal.close();
      }

      rmSync(path.join(work, 'exit.txt')); // the first run's
      const again = new Terminal(work, { columns: 80, rows: 40 });
      try {
        again.start(['review', 'school/autumn.json']);
        await again.waitFor('14 findings left to review (1 decided earlier)');
        await again.waitFor('Recorded by');
        again.press('Enter'); // K. Head, remembered
        await again.waitFor('Finding 1 of 14 (no. 2 in school/autumn.json)');
        again.press('Enter');
        // The finding is printed before its question is asked: Ctrl+C before the question reads keys would stop
        // the test's shell too (a signal to the whole terminal), not the review alone.
        await again.waitFor(/Finding 2 of 14[\s\S]*What is it\?/);
        again.press('C-c');
        expect(await again.exitCode()).toBe(130);
        const shown = again.screen().replace(/\s+/g, ' ');
        expect(shown).toContain('social-audit: Cancelled: nothing was changed.');
        expect(shown).toContain(
          'The decision made in this review was not saved. To stop and keep it, choose "Stop here"',
        );
        expect(decisionRows()).toHaveLength(1);
      } finally {
        again.close();
      }
    });
  },
);
