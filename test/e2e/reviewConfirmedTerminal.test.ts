import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { Terminal, terminalUnavailable } from './exemptionsTerminal.js';

/**
 * At a terminal, `review --finding N --decision dismiss` of a REVIEW a colleague has since confirmed: the
 * overrule it needs is asked saying so (the report says REVIEW), not "is a FLAG"; a no keeps the confirmation.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
let work: string;
let number: string;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-confirmed-'));
  cpSync(SAMPLE, path.join(work, 'school'), { recursive: true });
  const audit = ['audit', 'school', '--date', '2026-11-24', '--format', 'json', '--out', 'school/autumn.json'];
  expect((await runInProcess(audit, { cwd: work })).code).toBe(1);
  const report = JSON.parse(readFileSync(path.join(work, 'school', 'autumn.json'), 'utf8')) as {
    findings: { number: number; level: string }[];
  };
  number = String(report.findings.find((f) => f.level === 'review')!.number);
  const confirm = [
    'review',
    'school/autumn.json',
    '--finding',
    number,
    '--decision',
    'confirm',
    '--recorded-by',
    'J. Other',
  ];
  expect((await runInProcess(confirm, { cwd: work })).code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(terminalUnavailable() !== undefined)(
  'dismissing a confirmed finding at a terminal',
  { timeout: 120_000 },
  () => {
    it('asks for the overrule, naming who confirmed it; a no writes nothing', async () => {
      const before = readFileSync(path.join(work, 'school', 'decisions.csv'), 'utf8');
      const terminal = new Terminal(work, { columns: 100, rows: 30 });
      try {
        terminal.start([
          'review',
          'school/autumn.json',
          '--finding',
          number,
          '--decision',
          'dismiss',
          '--recorded-by',
          'K. Head',
        ]);
        await terminal.waitFor(/Overrule the audit and dismiss it\?/);
        expect(terminal.screen().replace(/\s+/g, ' ')).toMatch(
          new RegExp(
            `Finding no\\. ${number} was decided by J\\. Other on .+ \\(confirmed: it is the pupil\\), a FLAG from then on\\. Overrule`,
          ),
        );
        terminal.press('Enter'); // No, the default
        expect(await terminal.exitCode()).toBe(2);
      } finally {
        terminal.close();
      }
      expect(readFileSync(path.join(work, 'school', 'decisions.csv'), 'utf8')).toBe(before);
    });
  },
);
