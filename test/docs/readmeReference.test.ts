import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';

/** The README's Reference is what scripts rely on: checked against what the tool says and writes. */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../docs/report.schema.json', import.meta.url)), 'utf8'),
) as { properties: Record<string, unknown>; $defs: { finding: { properties: Record<string, unknown> } } };
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const COMMANDS = ['audit', 'report', 'review', 'exemptions add', 'exemptions list', 'exemptions remove'];

/** The text of the README between a heading and the next heading of any level. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = README.slice(start + heading.length + 2);
  return rest.slice(0, rest.search(/\n#{1,4} /) + 1 || undefined);
}

/** The options the Reference's synopsis gives a command (every line it spans, and every form of it). */
function synopsisOptions(command: string): Set<string> {
  const block = section('### Commands').split('```')[1] ?? '';
  const options = new Set<string>();
  let inCommand = false;
  for (const line of block.split('\n')) {
    if (line.startsWith('social-audit ')) inCommand = line.startsWith(`social-audit ${command} `);
    if (inCommand) for (const option of line.match(/--[a-z-]+/g) ?? []) options.add(option);
  }
  return options;
}

describe('README: Reference', { timeout: 60_000 }, () => {
  it.each(COMMANDS)('the synopsis of %s names every option its --help lists, and no other', async (command) => {
    const help = await runInProcess([...command.split(' '), '--help']);
    expect(help.code).toBe(0);
    const listed = new Set(
      help.stdout
        .split('\n')
        .flatMap((line) => line.match(/^ {2}(?:-\w, )?(--[a-z-]+)/)?.[1] ?? [])
        .filter((option) => option !== '--help'),
    );
    expect(listed.size).toBeGreaterThan(2);
    expect([...synopsisOptions(command)].sort()).toEqual([...listed].sort());
  });

  it.each(['audit', 'report', 'review'])(
    'the exit statuses %s --help lists are the Reference’s, 70 among them',
    async (command) => {
      const table = section('### Exit status')
        .split('\n')
        .flatMap((line) => line.match(/^\| (\d+) \|/)?.[1] ?? []);
      const help = (await runInProcess([command, '--help'])).stdout;
      const said = help.match(/Exit status: ([\s\S]*?)(?:\n\n|$)/)?.[1];
      expect(said, command).toBeDefined();
      const listed = [...said!.matchAll(/(?:^|,\s+)(\d+) /g)].map((status) => status[1]!);
      // Any command can meet a bug; 1 is audit's alone, for findings.
      expect(listed).toContain('70');
      expect(listed.includes('1')).toBe(command === 'audit');
      expect(listed.filter((status) => !table.includes(status))).toEqual([]);
    },
  );

  // add and remove default --recorded-by to the name a review last recorded in the folder's decisions.csv log.
  it.each(['add', 'remove'])('exemptions %s --help’s folder names decisions.csv, which it reads', async (command) => {
    const help = (await runInProcess(['exemptions', command, '--help'])).stdout;
    const folder = help.slice(help.indexOf('  folder '), help.indexOf('\nOptions:')).replace(/\s+/g, ' ');
    expect(folder).toMatch(/ roll\.csv, leavers\.csv, staff\.csv, exemptions\.csv and decisions\.csv /);
  });

  it('audit --help’s folder names every file the Input files section and Running an audit name', async () => {
    const help = (await runInProcess(['audit', '--help'])).stdout;
    const folder = help.slice(help.indexOf('  folder '), help.indexOf('\nOptions:')).replace(/\s+/g, ' ');
    const named = [...section('### Input files').matchAll(/\*\*[^*]+\*\* \(([^)]*)\)/g)].flatMap((files) =>
      // File names only: `written by \`review\`` names a command.
      [...files[1]!.matchAll(/`([\w-]+(?:\.\w+|\/))`/g)].map((file) => file[1]!),
    );
    const listed = section('## Running an audit')
      .split('```')[1]!
      .split('\n')
      .flatMap((line) => line.match(/^\S+/)?.[0] ?? []);
    expect(named).toContain('decisions.csv');
    expect([...new Set([...named, ...listed])].filter((file) => !folder.includes(` ${file}`))).toEqual([]);
    expect(named.filter((file) => !listed.includes(file))).toEqual([]);
  });

  it('lists the CSV report’s columns in the order the header writes them', async () => {
    const run = await runInProcess(['audit', SAMPLE, '--date', '2026-11-24', '--format', 'csv']);
    expect(run.code).toBe(1);
    const header = run.stdout
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const table = section('### CSV report (`--format csv`)')
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .flatMap((line) =>
        line
          .split('|')[1]!
          .match(/`[a-z_]+`/g)!
          .map((name) => name.slice(1, -1)),
      );
    expect(table).toEqual(header);
  });

  it('lists the columns review writes to decisions.csv, and exemptions add to exemptions.csv', async () => {
    const columns = (name: string): string[] => {
      const listed = README.match(new RegExp(`\\*\\*${name}\\*\\* \\([^)]*\\): \`([^\`]+)\``));
      expect(listed, name).not.toBeNull();
      return listed![1]!.split(/,\s*/);
    };
    const work = mkdtempSync(path.join(tmpdir(), 'social-audit-readme-'));
    try {
      const folder = path.join(work, 'school');
      cpSync(SAMPLE, folder, { recursive: true });
      rmSync(path.join(folder, 'exemptions.csv'));
      const audit = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
      const saved = path.join(folder, 'audit.json');
      writeFileSync(saved, audit.stdout);
      const review = JSON.parse(audit.stdout).findings.find((f: { level: string }) => f.level === 'review');
      const decide = ['--decision', 'family', '--relationship', 'parent', '--recorded-by', 'K. Head'];
      expect((await runInProcess(['review', saved, '--finding', String(review.number), ...decide])).code).toBe(0);
      const header = (file: string) =>
        readFileSync(path.join(folder, file), 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)[0]!
          .split(',');
      expect(header('exemptions.csv')).toEqual(columns('Family links'));
      const dismiss = ['--decision', 'dismiss', '--reason', 'not her', '--recorded-by', 'K. Head'];
      const other = JSON.parse(audit.stdout).findings.filter((f: { level: string }) => f.level === 'review')[1];
      expect((await runInProcess(['review', saved, '--finding', String(other.number), ...dismiss])).code).toBe(0);
      expect(header('decisions.csv')).toEqual(columns('Review decisions'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('sketches every field of the JSON report and of a finding that the schema describes', () => {
    const sketch = section('### JSON report (`--format json`)').split('```')[1] ?? '';
    const fields = [...Object.keys(SCHEMA.properties), ...Object.keys(SCHEMA.$defs.finding.properties)];
    expect(fields.filter((field) => !sketch.includes(`"${field}"`))).toEqual([]);
  });
});
