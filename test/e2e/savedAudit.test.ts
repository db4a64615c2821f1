import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const SAMPLE = path.join(import.meta.dirname, '../../samples/westacre-infant');

describe('review and report given the audit folder instead of its JSON report', () => {
  it.each(['review', 'report'])('%s FOLDER says how to save the JSON report it needs', (command) => {
    const run = runCli([command, SAMPLE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`social-audit audit ${SAMPLE} --format json --out ${path.join(SAMPLE, 'audit.json')}`);
    expect(run.stderr).toContain(`social-audit ${command} ${path.join(SAMPLE, 'audit.json')}`);
  });
});

describe('review and report given no report at all', () => {
  // Commander's own "missing required argument 'audit.json'" says nothing of how the report is made.
  it.each(['review', 'report'])('%s alone says how to save the report, then give it', (command) => {
    const run = runCli([command]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('missing required argument');
    expect(run.stderr).toContain('social-audit audit FOLDER --format json --out autumn.json');
    expect(run.stderr).toContain(`social-audit ${command} autumn.json`);
  });

  it.each([
    ['review', '<audit.json> [folder]'],
    ['report', '<audit-json>'],
  ])('%s --help still shows the report as needed', (command, synopsis) => {
    expect(runCli([command, '--help']).stdout).toContain(`Usage: social-audit ${command} [options] ${synopsis}\n`);
  });
});

describe('the report’s next step for REVIEW findings', () => {
  it('names the JSON report `review` needs, as the Headteacher reads it on the terminal', () => {
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24']);
    expect(run.code).toBe(1);
    // A command folded across rows is read as the shell reads it, each row but the last ending ` \`.
    const text = run.stdout.replace(/ \\\n\s*/g, ' ').replace(/\s+/g, ' ');
    // The folder as typed, so the commands can be copied as they stand.
    const json = path.join(SAMPLE, 'audit.json');
    expect(text).toContain(`\`social-audit review ${json}\``);
    expect(text).toContain(`\`social-audit audit ${SAMPLE} --date 2026-11-24 --format json --out ${json}\``);
    expect(text).toContain(`\`social-audit exemptions add ${SAMPLE}\``);
  });
});

describe('audit --compare with the wrong file', () => {
  it.each([
    ['a file that is not there', 'no-such-report.json'],
    ['the roll instead of a report', path.join(SAMPLE, 'roll.csv')],
  ])('%s: the message names --compare', (_, file) => {
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--compare', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^social-audit: --compare ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });
});
