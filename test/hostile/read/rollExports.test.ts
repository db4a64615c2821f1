import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { readCsvPieces } from '../../../src/read/csvPieces.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { afterTypedFolder, at, audit, pupilIds } from './auditFixture.js';

/** Rolls as SIMS/Arbor exports and Excel leave them (fixtures from make-fixtures.mjs; invented people). */

describe('a roll whose header row is not the first', () => {
  it.each([
    ['a title and a blank line above it (CSV UTF-8)', 'title-line'],
    ['two title lines above it, in Excel’s Unicode Text (UTF-16 LE, tab-separated)', 'title-line-tabs'],
  ])('reads every pupil under %s', async (_what, folder) => {
    const { code, report } = await audit(folder);
    expect(code).toBe(1);
    expect(report.summary.pupils).toEqual({ current: 3, former: 0, formerInScope: 0 });
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
  });
});

describe('a total line under the last pupil', () => {
  it('is left out where it counts the pupils above it', async () => {
    const { code, report } = await audit('total-line');
    expect(code).toBe(1);
    expect(report.summary.pupils.current).toBe(3);
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
  });

  it('stops the audit, naming file, line and value, where it counts pupils the file does not hold (a cut export)', async () => {
    const { code, stdout, stderr } = await runInProcess(['audit', at('total-line-short'), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(afterTypedFolder(stderr, 'total-line-short')).toMatch(
      /^social-audit: roll\.csv:5: "Total: 612" is not a pupil.* 3 pupils above it/,
    );
    expect(stderr).toMatch(/export the roll again/i);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a 200 MB line with no line break', () => {
  it('is refused once its first MiB has been read, not after reading 64 MiB into memory', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x'.charCodeAt(0));
    let read = 0;
    const source = {
      ...textSourceFromString('roll.csv', chunk.toString('utf8')),
      utf8Chunks: async function* () {
        for (let i = 0; i < 3200; i++) {
          read += chunk.length;
          yield chunk;
        }
      },
    };
    const run = async () => {
      for await (const _piece of readCsvPieces(source));
    };
    await expect(run()).rejects.toThrow(/^roll\.csv:1: has a first line longer than 1 MiB/);
    expect(read).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe('a connection list cut off mid-row', () => {
  it('checks the rows above the cut and warns naming file, line and the cut value, rather than matching a cut name', async () => {
    const { code, report } = await audit('cut-download');
    expect(code).toBe(1);
    expect(report.summary.connections).toBe(2);
    expect(pupilIds(report)).toEqual(['T1', 'T2']);
    const cut = report.warnings.filter((w: { code: string }) => w.code === 'FILE_UNREADABLE');
    expect(cut).toHaveLength(1);
    expect(cut[0].source).toBe('connections.csv:4');
    expect(cut[0].message).toMatch(/^ends part-way through a row, at "Siân Ó Sú" \(3 of 6/);
  });

  it('stops the audit where the cut row was all the lists held: nothing was checked', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'social-audit-cut-only-'));
    try {
      cpSync(at('cut-download'), folder, { recursive: true });
      writeFileSync(
        path.join(folder, 'connections.csv'),
        'staff_id,platform,display_name,username,relationship,connected_on\r\nS2,facebook,Siân Ó Sú',
      );
      const { code, stdout, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/nothing was checked\n {2}connections\.csv:2: ends part-way through a row/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops on a roll cut off the same way, naming its last line and the cut surname', async () => {
    const { code, stderr } = await runInProcess(['audit', at('cut-roll'), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(afterTypedFolder(stderr, 'cut-roll')).toMatch(
      /^social-audit: roll\.csv:4: ends part-way through a row, at "Ó Súil" \(2 of 6/,
    );
  });

  it('reads a list made by hand whose rows all leave out the last columns, ending without a line break', async () => {
    const { code, report } = await audit('short-rows');
    expect(code).toBe(1);
    expect(report.summary.connections).toBe(2);
    expect(pupilIds(report)).toEqual(['T1', 'T3']);
  });
});

describe('dates of birth Excel saved month first (US English)', () => {
  it('stops the audit at the first that can only be month first, rather than reading 04/03/2013 as 4 March', async () => {
    const { code, stdout, stderr } = await runInProcess(['audit', at('us-dates'), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(afterTypedFolder(stderr, 'us-dates')).toMatch(
      /^social-audit: roll\.csv:3: DOB "09\/15\/2012" is month first/,
    );
    expect(stderr).toMatch(/DD\/MM\/YYYY/);
  });

  it('keeps checking a UK roll with one DOB mistyped month first, warning about that pupil', async () => {
    const { code, report } = await audit('us-typo');
    expect(code).toBe(1);
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
    const unreadable = report.warnings.filter((w: { code: string }) => w.code === 'DOB_UNREADABLE');
    expect(unreadable.map((w: { source: string }) => w.source)).toEqual(['roll.csv:2']);
  });
});

describe('what already reads right, or stops with a message', () => {
  it('reads a cell holding a quoted line break, numbering the rows after it by their lines', async () => {
    const { report } = await audit('quoted-newline');
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
    const zoe = report.findings.find((f: { pupil: { id: string } }) => f.pupil.id === 'T2');
    expect(zoe.pupil.regGroup).toBe('9B');
    expect(report.findings.find((f: { pupil: { id: string } }) => f.pupil.id === 'T1').pupil.regGroup).toBe(
      '8A Ashdown block',
    );
  });

  it('keeps the first of a pupil id given twice, warning with the second’s line', async () => {
    const { report } = await audit('duplicate-pupil');
    expect(report.summary.pupils.current).toBe(3);
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
    const dup = report.warnings.filter((w: { code: string }) => w.code === 'DUPLICATE_PUPIL');
    expect(dup.map((w: { source: string }) => w.source)).toEqual(['roll.csv:5']);
  });

  it('keeps two members of staff of one name apart by their ids', async () => {
    const { report } = await audit('same-staff-name');
    expect(report.summary.staff).toBe(2);
    const staffOf = (id: string) => report.findings.find((f: { pupil: { id: string } }) => f.pupil.id === id).staff;
    expect(staffOf('T2')).toMatchObject({ id: 'S1', role: 'Teacher' });
    expect(staffOf('T3')).toMatchObject({ id: 'S2', role: 'TA' });
  });

  it('checks a pupil whose DOB is an Excel serial number, age unknown, naming file, line and value', async () => {
    const { report } = await audit('serial-dob');
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
    const unreadable = report.warnings.filter((w: { code: string }) => w.code === 'DOB_UNREADABLE');
    expect(unreadable.map((w: { source: string; args: { value: string } }) => [w.source, w.args.value])).toEqual([
      ['roll.csv:3', '41167'],
    ]);
  });

  it('stops on a roll of 0 bytes, naming it, with what to do', async () => {
    const { code, stderr } = await runInProcess(['audit', at('zero-bytes'), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(afterTypedFolder(stderr, 'zero-bytes')).toMatch(/^social-audit: roll\.csv: is empty\n {2}Export the roll/);
  });
});
