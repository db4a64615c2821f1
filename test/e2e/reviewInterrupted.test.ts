import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { Terminal, terminalUnavailable } from './exemptionsTerminal.js';

/**
 * Ctrl+C while no prompt holds the keys (between two questions, the terminal's own SIGINT) said only
 * "nothing was written; every file is as it was": a Headteacher who had decided two findings could not tell
 * whether those were kept. `review` saves only at the end, so the line now says they were not saved, and how
 * to keep them next time, as Ctrl+C at a prompt does.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-review-interrupted-'));
  cpSync(SAMPLE, path.join(work, 'school'), { recursive: true });
  const audit = ['audit', 'school', '--date', '2026-11-24', '--format', 'json', '--out', 'school/autumn.json'];
  expect((await runInProcess(audit, { cwd: work })).code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(terminalUnavailable() !== undefined)(
  'review interrupted between questions',
  { timeout: 300_000 },
  () => {
    it('says the decisions made so far were not saved, and how to keep them', async () => {
      const terminal = new Terminal(work, { columns: 100, rows: 40 });
      try {
        terminal.start(['review', 'school/autumn.json']);
        await terminal.waitFor('Recorded by');
        terminal.type('K. Head');
        terminal.press('Enter');
        await terminal.waitFor('Finding 1 of 15');
        terminal.press('Enter'); // it is this pupil
        await terminal.waitFor('Finding 2 of 15');
        terminal.press('Enter');
        await terminal.waitFor('Finding 3 of 15');
        // What the terminal sends for Ctrl+C when no prompt has the keys.
        process.kill(terminal.pid(), 'SIGINT');
        expect(await terminal.exitCode()).toBe(130);
        const shown = terminal.screen().replace(/\s+/g, ' ');
        expect(shown).toContain('stopped (Ctrl+C) before it finished: nothing was written');
        expect(shown).toContain(
          'The 2 decisions made in this review were not saved. To stop and keep them, choose "Stop here"',
        );
      } finally {
        terminal.close();
      }
      expect(existsSync(path.join(work, 'school', 'decisions.csv'))).toBe(false);
    });
  },
);
