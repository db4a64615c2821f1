import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Terminal, terminalUnavailable } from './exemptionsTerminal.js';
import { runCli } from './runCli.js';

/**
 * A school's copy of a trust-wide audit, reviewed at a 40 × 24 terminal: the Headteacher deciding whether the account
 * is their pupil is told, as the report tells them, that it could also be a child at another school of the trust.
 */
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-school-copy-'));
  const trust = path.join(work, 'trust');
  mkdirSync(trust);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  // Three Priya Sharmas: Northfield's copy names its own, and counts St Mary's two.
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    "A1,Priya,Sharma,10/10/2012,Year 9,St Mary's C of E",
    "A3,Priya,Sharma,04/05/2014,Year 7,St Mary's C of E",
    'B3,Priya,Sharma,12/12/2013,Year 8,Northfield',
  );
  write('staff.csv', 'staff_id,name,role,School', 'S2,Tom Brown,Headteacher,Northfield');
  write('connections.csv', 'staff_id,platform,display_name,username', 'S2,instagram,Priya Sharma,priyasharma');
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
