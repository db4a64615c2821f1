import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const COMMANDS = ['audit', 'report', 'review', 'exemptions', 'exemptions add', 'exemptions list', 'exemptions remove'];

describe('--help', () => {
  it.each(COMMANDS)('%s: each example is a command of its own, on its own line', (command) => {
    const run = runCli([...command.split(' '), '--help']);
    expect(run.code).toBe(0);
    const examples = run.stdout.split('\n').filter((line) => line.trimStart().startsWith('social-audit '));
    for (const line of examples) expect(line.match(/social-audit /g)).toHaveLength(1);
  });
});

describe('social-audit --help', () => {
  it('fits 80 columns: the command list is not broken inside words by the terminal', () => {
    const run = runCli(['--help'], { env: { COLUMNS: '80' } });
    expect(run.code).toBe(0);
    for (const command of ['audit', 'exemptions', 'review', 'report']) expect(run.stdout).toContain(`  ${command} `);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
