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
