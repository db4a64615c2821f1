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

describe('the list of commands', () => {
  // review's and report's audit file is optional to commander only so that its absence gets a hint. A command
  // grouping others (exemptions) is listed by its name.
  it.each(COMMANDS.filter((command) => command !== 'exemptions'))('shows %s as its own --help does', (command) => {
    const words = command.split(' ');
    const name = words.at(-1)!;
    const usage = runCli([...words, '--help']).stdout.match(/^Usage: social-audit .+$/m)![0];
    const listed = runCli([...words.slice(0, -1), '--help'], { env: { COLUMNS: '200' } }).stdout.match(
      new RegExp(`^  (${name} .*?)\\s{2,}`, 'm'),
    )?.[1];
    expect(`Usage: social-audit ${[...words.slice(0, -1), listed].join(' ')}`).toBe(usage);
  });
});

describe('a misspelt option or command', () => {
  it('is told as every other mistake is, with the likely spelling, and exits 2', () => {
    for (const [args, wrong, meant] of [
      [
        ['audit', '.', '--compre', 'autumn.json'],
        "unknown option '--compre'",
        '  Did you mean --compare? `social-audit audit --help` lists the options audit takes.',
      ],
      [
        ['exemptions', 'ad'],
        "unknown command 'ad'",
        '  Did you mean add? The commands are add, list and remove: `social-audit exemptions --help` says what each does.',
      ],
    ] as const) {
      const run = runCli([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([`social-audit: ${wrong}`, meant]);
    }
  });
});
