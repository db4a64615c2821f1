import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Terminal, terminalUnavailable } from './exemptionsTerminal.js';
import { runCli } from './runCli.js';
import { writeThreeNamesakes } from './threeNamesakes.js';

/**
 * A school's copy of a trust-wide audit, reviewed at a 40 × 24 terminal: the Headteacher deciding whether the account
 * is their pupil is told, as the report tells them, that it could also be a child at another school of the trust.
 */
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-school-copy-'));
  writeThreeNamesakes(path.join(work, 'trust'));
  const audit = ['audit', 'trust', '--date', '2026-11-24', '--trust-wide', '--format', 'json', '--out', 'wide.json'];
  expect(runCli(audit, { cwd: work }).code).toBe(1);
  const copy = ['report', 'wide.json', '--school', 'Northfield', '--format', 'json', '--out', 'trust/northfield.json'];
  expect(runCli(copy, { cwd: work }).code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(terminalUnavailable() !== undefined)(
  'review of a school’s copy at a 40 × 24 terminal',
  { timeout: 120_000 },
  () => {
    it('says the account could also be a pupil at another school, every choice in sight', async () => {
      const terminal = new Terminal(work, { columns: 40, rows: 24 });
      try {
        terminal.start(['review', 'trust/northfield.json', 'trust', '--recorded-by', 'K. Head']);
        const shown = await terminal.waitFor(/What is it\?[\s\S]*Stop here/);
        for (const line of shown.split('\n')) expect(line.length, line).toBeLessThanOrEqual(40);
        expect(shown.replace(/\s+/g, ' ')).toContain(
          'Could also be one of 2 pupils at other schools of the trust, not named in this school’s copy',
        );
        terminal.press('Escape');
        expect(await terminal.exitCode()).toBe(130);
      } finally {
        terminal.close();
      }
      expect(existsSync(path.join(work, 'trust', 'decisions.csv'))).toBe(false);
    });
  },
);
