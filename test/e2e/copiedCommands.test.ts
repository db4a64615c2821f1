import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/**
 * The report's next steps and warnings, and `exemptions list`, give commands to copy. Folded at a bare space on an
 * 80-column terminal (`social-audit exemptions add` ⏎ `samples/westacre-infant`), the rows a Headteacher copied ran
 * as two commands, the first without its folder. A folded command's rows now end ` \`, as the shell continues a line.
 */
// Run from the repository, the sample's folder typed as the Quick start types it.
const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'samples/westacre-infant';
const RUNS: Record<string, { args: string[]; gives: string }> = {
  audit: {
    args: ['audit', SAMPLE, '--date', '2026-11-24'],
    gives: `audit|${SAMPLE}|--date|2026-11-24|--format|json|--out|${SAMPLE}/audit.json|`,
  },
  'exemptions list': {
    args: ['exemptions', 'list', SAMPLE],
    gives: `exemptions|add|${SAMPLE}|--staff-id|ST12|--pupil-id|Y850246821062|--review-on|DD/MM/YYYY|--recorded-by|YOUR NAME|`,
  },
};

/**
 * The arguments each command in a command's output gives when its rows, as the terminal shows them, are pasted into a
 * shell: `social-audit` there prints its arguments, one `|` after each, a line a command.
 */
function pasted(args: string[], columns: number): string[] {
  const run = runCli(args, { cwd: REPOSITORY, env: { COLUMNS: String(columns) } });
  expect(run.code === 0 || run.code === 1).toBe(true);
  const rows = [...run.stdout.matchAll(/`(social-audit [^`]*)`/g)].map((m) => m[1]!);
  const script = `social_audit() { printf '%s|' "$@"; echo; }\n${rows.map((r) => r.replace(/^social-audit/, 'social_audit')).join('\n')}\n`;
  const shell = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
  return shell.stdout.split('\n').slice(0, -1);
}

describe('commands to copy, folded to the terminal', { timeout: 120_000 }, () => {
  for (const [name, { args, gives }] of Object.entries(RUNS)) {
    it(`paste as the commands the wide ${name} gives, at 80, 60 and 50 columns`, () => {
      const wide = pasted(args, 400);
      expect(wide).toContain(gives);
      for (const columns of [80, 60, 50]) {
        // A line break left inside a command ended it there: the shell ran its first row alone, then the rest.
        expect(pasted(args, columns)).toEqual(wide);
      }
    });
  }
});
