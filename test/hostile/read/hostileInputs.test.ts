import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../src/io/FileSystem.js';
import { readCsvRows } from '../../../src/read/readCsvRows.js';
import { runCli } from '../../e2e/runCli.js';
import { runInProcess } from '../../helpers/runInProcess.js';

/**
 * The hostile inputs beside this file (see make-fixtures.mjs), run through the CLI in this process;
 * what reaches a terminal and the special files that could block a read go through the built CLI.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const at = (name: string): string => path.join(HERE, name);
const DATE = ['--date', '2026-11-24'];

/** What must never reach a terminal from the input: C0 but the line feed, DEL, C1, bidi overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the controls inert() must remove.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function audit(folder: string) {
  const result = await runInProcess(['audit', folder, ...DATE, '--format', 'json']);
  return { ...result, report: result.code === 0 || result.code === 1 ? JSON.parse(result.stdout) : undefined };
}

async function rows(file: string): Promise<string[][]> {
  const all: string[][] = [];
  for await (const row of readCsvRows(nodeFileSystem.source(file, path.basename(file)))) all.push(row.cells);
  return all;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'hostile-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('files as Excel and MIS exports write them', () => {
  it('reads every row of CR-only (Mac) roll, leavers, staff, exemptions and connection lists', async () => {
    const { code, report } = await audit(at('mac'));
    expect(code).toBe(1);
    expect(report.summary.pupils).toEqual({ current: 3, former: 2, formerInScope: 2 });
    expect(report.summary.staff).toBe(2);
    expect(report.summary.connections).toBe(4);
    expect(report.summary.exempted).toBe(1);
    expect(report.findings.map((f: { pupil: { id: string } }) => f.pupil.id).sort()).toEqual(['L1', 'M1', 'M2']);
  });

  it('decides Windows-1252 on the whole file: a first accent after 64 KiB still matches', async () => {
    const { report } = await audit(at('cp1252-late-accent'));
    expect(report.findings.map((f: { pupil: { name: string } }) => f.pupil.name)).toEqual(['Zoë Fenwick']);
  });

  it('decides Windows-1252 on the whole file when the first accent is past the first 1 MiB chunk', async () => {
    const all = await rows(at('cp1252-after-first-chunk/roll.csv'));
    expect(all.at(-2)).toEqual(['Z1', 'Fenwick', 'Zoë', '15/09/2012', 'Year 9', '9B']);
    expect(all.at(-1)).toEqual(['Z2', 'Brontë', 'Chloé', '01/01/2013', 'Year 8', '8A']);
    expect(all.flat().join('')).not.toContain('\ufffd');
  });

  it.each(['utf16le-roll.csv', 'utf16be-roll.csv'])('reads UTF-16 with a BOM (%s)', async (name) => {
    const all = await rows(at(name));
    expect(all).toHaveLength(4);
    expect(all[2]).toEqual(['M2', 'Fenwick', 'Zoë', '15/09/2012', 'Year 9', '9B']);
  });
});

describe('a Windows-1252 file rewritten', () => {
  it('keeps the accents of untouched rows when exemptions add rewrites a file whose first accent is past 64 KiB', async () => {
    const folder = path.join(scratch, 'rewrite');
    cpSync(at('mac'), folder, { recursive: true });
    const filler = Array.from(
      { length: 1500 },
      (_, i) => `S1,F${i},parent,2026-01-01,Head,2027-01-01,padding padding padding padding`,
    );
    const rows = [
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
      ...filler,
      'S1,M2,aunt,2026-01-01,Renée Müller,2027-01-01,Zoë',
    ];
    writeFileSync(path.join(folder, 'exemptions.csv'), Buffer.from(`${rows.join('\r\n')}\r\n`, 'latin1'));
    const result = await runInProcess([
      'exemptions',
      'add',
      folder,
      '--staff-id',
      'S2',
      '--pupil-id',
      'M1',
      '--relationship',
      'parent',
      '--recorded-by',
      'Head',
      '--yes',
    ]);
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(folder, 'exemptions.csv'), 'utf8');
    expect(after).toContain('S1,M2,aunt,2026-01-01,Renée Müller,2027-01-01,Zoë');
    expect(after).not.toContain('\ufffd');
  });
});

describe('kept files and saved reports as they come back', () => {
  it('renews a link in the middle of a Mac Excel (CR-only) exemptions.csv in its place, its line ends kept', async () => {
    const folder = path.join(scratch, 'renew-mac');
    cpSync(at('mac'), folder, { recursive: true });
    const rows = [
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
      'S1,M1,parent,2025-01-01,Head,2027-01-01,',
      'S2,M3,parent,2025-01-01,Head,2026-01-01,due',
      'S1,M2,aunt,2025-01-01,Head,2027-01-01,',
    ];
    writeFileSync(path.join(folder, 'exemptions.csv'), `${rows.join('\r')}\r`);
    const renew = ['--staff-id', 'S2', '--pupil-id', 'M3', '--review-on', '2036-09-01', '--recorded-by', 'K. Head'];
    expect((await runInProcess(['exemptions', 'add', folder, ...renew])).code).toBe(0);
    expect(readFileSync(path.join(folder, 'exemptions.csv'), 'utf8').split('\r')).toEqual([
      rows[0],
      rows[1],
      expect.stringMatching(
        /^S2,M3,parent,2025-01-01,Head,2036-09-01,due; still applies: confirmed \d+ \w+ \d{4} by K\. Head$/,
      ),
      rows[3],
      '',
    ]);
  });

  it('refuses to review one school’s saved report against another school’s folder, writing nothing', async () => {
    const report = path.join(scratch, 'other-school.json');
    const sample = fileURLToPath(new URL('../../../samples/westacre-infant', import.meta.url));
    expect((await runInProcess(['audit', sample, ...DATE, '--out', report])).code).toBe(1);
    const folder = path.join(scratch, 'review-elsewhere');
    cpSync(at('mac'), folder, { recursive: true });
    const result = await runInProcess([
      'review',
      report,
      folder,
      '--finding',
      '1',
      '--decision',
      'confirm',
      '--recorded-by',
      'K. Head',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `is not a report of ${folder}: none of the current pupils its findings name is on the roll`,
    );
    expect(() => readFileSync(path.join(folder, 'decisions.csv'))).toThrow();
  });
});

describe('dates of birth that cannot be right', () => {
  it('keeps a current pupil born in the future and a leaver born after leaving in scope, with a warning naming file and line', async () => {
    const { report } = await audit(at('future-dob'));
    // In the report's order, which follows the match model's levels and probabilities.
    const found = report.findings
      .map((f: { pupil: { id: string }; reasons: string[] }) => [f.pupil.id, f.reasons.at(-1)])
      .sort();
    expect(found).toEqual([
      ['D1', 'CURRENT_PUPIL'],
      ['D2', 'FORMER_PUPIL_DOB_UNKNOWN'],
    ]);
    const warnings = report.warnings.map((w: { code: string; source: string; message: string }) => [
      w.code,
      w.source,
      w.message.includes(w.source.startsWith('roll') ? '9 February 2061' : '1 February 2025'),
    ]);
    expect(warnings).toEqual([
      ['DOB_UNREADABLE', 'roll.csv:2', true],
      ['DOB_UNREADABLE', 'leavers.csv:2', true],
    ]);
  });
});

describe('a date of birth that is not a date', () => {
  it('is said with file, line, value and what to do, and the pupil is still checked', async () => {
    const SAMPLE = fileURLToPath(new URL('../../../samples/westacre-infant', import.meta.url));
    const folder = path.join(scratch, 'bad-dob');
    cpSync(SAMPLE, folder, { recursive: true });
    const roll = path.join(folder, 'roll.csv');
    const lines = readFileSync(roll, 'utf8').split('\n');
    const cells = lines[6]!.split(',');
    cells[6] = '31/02/2020';
    lines[6] = cells.join(',');
    writeFileSync(roll, lines.join('\n'));
    const { code, report } = await audit(folder);
    expect(code).toBe(1);
    expect(report.summary.pupils).toEqual((await audit(SAMPLE)).report.summary.pupils);
    const [warning] = report.warnings.filter((w: { code: string }) => w.code === 'DOB_UNREADABLE');
    expect(warning.source).toBe('roll.csv:7');
    expect(warning.message).toContain('"31/02/2020"');
    expect(warning.message).toContain('export the file again');
  });
});

describe('output cannot be turned against its reader', () => {
  it('shows no escape, C1 or bidi control from any field on stdout or stderr of a text audit', () => {
    const result = runCli(['audit', at('escapes'), ...DATE]);
    expect(result.code).toBe(1);
    // Long lines are wrapped at spaces; the name is looked for with the wrapping undone.
    expect(result.stdout.replace(/\n +/g, ' ')).toContain('Dora Quill␊FAKE LINE␛[2J');
    expect(result.stdout).toContain('\\x9B31m');
    expect(UNSAFE.test(result.stdout)).toBe(false);
    expect(UNSAFE.test(result.stderr)).toBe(false);
  });

  it('keeps the exact data in JSON', async () => {
    const names = (await audit(at('escapes'))).report.exempted.map((f: { staff: { name: string } }) => f.staff.name);
    expect(names.some((name: string) => name.includes('\u001b[2J'))).toBe(true);
  });

  it('shows exemptions list output inert', async () => {
    const result = await runInProcess(['exemptions', 'list', at('escapes')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('aunt␛[2J');
    expect(UNSAFE.test(result.stdout)).toBe(false);
  });

  it('shows a hostile header in the "Found columns" hint inert, and caps a huge one', async () => {
    const hostile = await runInProcess(['audit', at('escapes-header'), ...DATE]);
    expect(hostile.code).toBe(2);
    expect(UNSAFE.test(hostile.stderr)).toBe(false);
    const long = await runInProcess(['audit', at('long-header'), ...DATE]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('5,000 columns in all');
    expect(long.stderr.length).toBeLessThan(800);
  });

  it('shows a hostile file name inert in an error', async () => {
    const folder = path.join(scratch, 'named');
    cpSync(at('mac'), folder, { recursive: true });
    const evil = path.join(folder, 'connections', '\u001b]0;pwned\u0007\u202eevil.csv');
    cpSync(at('mac/connections.csv'), path.join(folder, 'connections.csv'));
    execFileSync('mkdir', ['-p', path.dirname(evil)]);
    symlinkSync('/nowhere', evil);
    const result = await runInProcess(['audit', folder, ...DATE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('␛]0;pwned␇evil.csv');
    expect(UNSAFE.test(result.stderr)).toBe(false);
  });
});

describe('special inputs are named in an error, never skipped or waited on', () => {
  const folder = path.join(scratch, 'special');
  cpSync(at('mac'), folder, { recursive: true });
  const roll = path.join(folder, 'roll.csv');
  const cases: [string, () => void, RegExp][] = [
    ['a FIFO', () => execFileSync('mkfifo', [roll]), /roll\.csv: is a named pipe/],
    ['a character device', () => symlinkSync('/dev/urandom', roll), /roll\.csv: is a character device/],
    [
      'a dangling link',
      () => symlinkSync(path.join(folder, 'nowhere.csv'), roll),
      /roll\.csv: a symbolic link to something that does not exist/,
    ],
    ['a looping link', () => symlinkSync(roll, roll), /roll\.csv: a symbolic link that leads round in a circle/],
  ];
  it.each(cases)('as the roll: %s', (_what, make, message) => {
    unlinkSync(roll);
    make();
    const result = runCli(['audit', folder, ...DATE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    unlinkSync(roll);
    writeFileSync(roll, 'UPN,Legal Surname,Legal Forename,DOB\r\n');
  });

  it('a FIFO named like a ZIP among the connections', () => {
    const connections = path.join(scratch, 'special-zip', 'connections');
    cpSync(at('mac'), path.dirname(connections), { recursive: true });
    execFileSync('mkdir', ['-p', connections]);
    execFileSync('mkfifo', [path.join(connections, 'S1.zip')]);
    const result = runCli(['audit', path.dirname(connections), ...DATE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/connections\/S1\.zip: is a named pipe/);
  });
});

describe('resources', () => {
  it('names the line an unclosed quote opened on, not the last line', async () => {
    const result = await runInProcess(['audit', at('unclosed-quote'), ...DATE]);
    expect(result.code).toBe(2);
    // The folder as typed (a full path here) before the file's name: ux21's inFolderTerms.
    // Named from the folder as typed (a full path here), as every input error about a file of the folder is.
    expect(result.stderr).toMatch(/has a quote that opens a cell here and is never closed/);
    expect(result.stderr.startsWith(`social-audit: ${path.join(at('unclosed-quote'), 'roll.csv')}:2: `)).toBe(true);
  });

  it('reads a record longer than many chunks in linear time, and refuses one over the limit naming its line', async () => {
    const { readCsvPieces } = await import('../../../src/read/csvPieces.js');
    const { textSourceFromString } = await import('../../../src/io/TextSource.js');
    const record = 'x'.repeat(6 * 1024 * 1024);
    const chunked = (text: string) => ({
      ...textSourceFromString('big.csv', text),
      utf8Chunks: async function* () {
        const bytes = Buffer.from(text);
        for (let from = 0; from < bytes.length; from += 64 * 1024) yield bytes.subarray(from, from + 64 * 1024);
      },
    });
    // CPU time, not wall time: other programs on a loaded machine do not count against it.
    const started = process.cpuUsage();
    const sizes: number[] = [];
    for await (const piece of readCsvPieces(chunked(`a,b\n1,2\n${record}\n3,4\n`))) sizes.push(piece.bytes.length);
    // 96 chunks of 64 KiB: copying the record at each would take seconds and 300 MiB.
    const spent = process.cpuUsage(started);
    expect((spent.user + spent.system) / 1000).toBeLessThan(3000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(4 + record.length + 1 + 4);
    const limits = { recordBytes: 1024 * 1024, fileBytes: 1 << 30 };
    const read = async (text: string) => {
      for await (const _piece of readCsvPieces(chunked(text), undefined, undefined, limits));
    };
    await expect(read(`a,b\n1,2\n3,"${record}\n`)).rejects.toThrow(
      /^big\.csv:3: has a record longer than 1 MiB \(a quote opened on this line/,
    );
    await expect(read(`a,b\n1,2\n${record}\n`)).rejects.toThrow(/^big\.csv:3: has a record longer than 1 MiB/);
    await expect(read(record)).rejects.toThrow(/^big\.csv:1: has a first line longer than 1 MiB/);
    await expect(read(`a,b\n${'1,2\n'.repeat(600_000)}`)).resolves.toBeUndefined();
    await expect(
      (async () => {
        for await (const _piece of readCsvPieces(chunked(`a,b\n${'1,2\n'.repeat(600_000)}`), undefined, undefined, {
          recordBytes: 1 << 20,
          fileBytes: 1 << 20,
        }));
      })(),
    ).rejects.toThrow(/^big\.csv: is larger than 1 MiB/);
  });
});
