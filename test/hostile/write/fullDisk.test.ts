import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { writeFileAtomically } from '../../../src/io/atomicWrite.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../../../src/io/WriteFileSystem.js';
import { changeLogPath } from '../../../src/write/changeLog.js';
import { KeptFile } from '../../../src/write/KeptFile.js';
import { EXEMPTIONS_FILE } from '../../../src/write/keptFileKinds.js';
import { saveEdits } from '../../../src/write/saveEdits.js';
import { copySchool } from '../../commands/harness.js';
import { runCli } from '../../e2e/runCli.js';
import { mountTmpfs } from '../../helpers/tmpfs.js';
import { ADD, expectNoStack, leftovers } from './school.js';

/**
 * The real file system, except that only `room` more bytes fit: a write then writes what fits
 * and the next fails with ENOSPC, as a nearly full disk does. `shortWrites` hands back at most
 * that many bytes per write even when there is room, as the system call may.
 */
function fillingDisk(room: number, shortWrites = Infinity): WriteFileSystem & { written(): number } {
  let written = 0;
  return {
    ...nodeWriteFileSystem,
    written: () => written,
    async open(filePath, flags, mode) {
      const handle = await nodeWriteFileSystem.open(filePath, flags, mode);
      return {
        ...handle,
        async write(buffer, offset, length) {
          const fits = Math.min(length, room - written, shortWrites);
          if (fits <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          const result = await handle.write(buffer, offset, fits);
          written += result.bytesWritten;
          return result;
        },
      };
    },
  };
}

let dir: string;
let file: string;
const HEADER = 'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\r\n';
const ROWS = Array.from(
  { length: 300 },
  (_, i) => `S${i},A${String(i).padStart(12, '0')},parent,2026-01-05,K. Head,2027-01-05,\r\n`,
).join('');
const LOG =
  '\ufeffchanged_at,changed_by,action,staff_id,pupil_id\r\n2026-01-05T09:00:00Z,K. Head,added,S0,A000000000000\r\n';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-disk-'));
  file = path.join(dir, 'exemptions.csv');
  writeFileSync(file, HEADER + ROWS);
  writeFileSync(changeLogPath(file), LOG);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function addOneRow(): Promise<ReturnType<KeptFile<'staffId'>['toEdit']>> {
  const kept = await KeptFile.open(file, 'exemptions.csv', EXEMPTIONS_FILE);
  kept.add(
    { staffId: 'S999', pupilId: 'A999999999999', relationship: 'sibling' },
    { by: 'K. Head', at: '2026-11-24T09:00:00Z' },
  );
  return kept.toEdit();
}

describe('a disk that fills up part-way through a save (injected ENOSPC)', () => {
  for (const room of [0, 1, 4096, (HEADER + ROWS).length - 1, (HEADER + ROWS).length + 80]) {
    it(`fails loudly and leaves exemptions.csv, its log and the folder as they were (room for ${room} bytes)`, async () => {
      const edit = await addOneRow();
      const disk = fillingDisk(room);
      const error = await saveEdits([edit], disk).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toMatch(
        /^exemptions(-log)?\.csv: cannot write it: the disk is full \(ENOSPC\); nothing was changed$/,
      );
      expect(readFileSync(file, 'utf8')).toBe(HEADER + ROWS);
      expect(readFileSync(changeLogPath(file), 'utf8')).toBe(LOG);
      expect(readdirSync(dir).sort()).toEqual(['exemptions-log.csv', 'exemptions.csv']);
    });
  }

  it('saves the whole file when each write only takes a few bytes (short writes are not an error)', async () => {
    const edit = await addOneRow();
    await saveEdits([edit], fillingDisk(Infinity, 7));
    expect(readFileSync(file, 'utf8')).toBe(`${HEADER}${ROWS}S999,A999999999999,sibling,,,,\r\n`);
    expect(readFileSync(changeLogPath(file), 'utf8')).toBe(
      `${LOG}2026-11-24T09:00:00Z,K. Head,added,S999,A999999999999,sibling,,,,\r\n`,
    );
    expect(readdirSync(dir).sort()).toEqual(['exemptions-log.csv', 'exemptions.csv']);
  });

  it('leaves an earlier report whole when a new one does not fit (audit --out)', async () => {
    const out = path.join(dir, 'audit.json');
    writeFileSync(out, '{"old": true}');
    const report = JSON.stringify({ findings: Array.from({ length: 5000 }, (_, i) => ({ n: i })) });
    await expect(
      writeFileAtomically(out, report, { fs: fillingDisk(24_576), displayName: 'audit.json' }),
    ).rejects.toThrow('audit.json: cannot write it: the disk is full (ENOSPC)');
    expect(readFileSync(out, 'utf8')).toBe('{"old": true}');
    expect(readdirSync(dir).sort()).toEqual(['audit.json', 'exemptions-log.csv', 'exemptions.csv']);
  });

  it('leaves an earlier report whole when a report written in parts does not fit, and writes it whole when it does', async () => {
    const out = path.join(dir, 'audit.json');
    writeFileSync(out, '{"old": true}');
    // Parts small and large beside the megabyte gathered before each write, with multi-byte letters.
    const parts = () => [
      '{',
      'Zoë 😀'.repeat(80_000),
      'x'.repeat(300_000),
      ...Array.from({ length: 3000 }, (_, i) => `"n": ${i},`),
      '}',
    ];
    await expect(
      writeFileAtomically(out, parts(), { fs: fillingDisk(24_576), displayName: 'audit.json' }),
    ).rejects.toThrow('audit.json: cannot write it: the disk is full (ENOSPC)');
    expect(readFileSync(out, 'utf8')).toBe('{"old": true}');
    expect(readdirSync(dir).sort()).toEqual(['audit.json', 'exemptions-log.csv', 'exemptions.csv']);
    await writeFileAtomically(out, parts(), { fs: fillingDisk(Infinity, 4093), displayName: 'audit.json' });
    expect(readFileSync(out, 'utf8')).toBe(parts().join(''));
    expect(readdirSync(dir).sort()).toEqual(['audit.json', 'exemptions-log.csv', 'exemptions.csv']);
  });
});

/** A real full disk: a tiny tmpfs, where the test runs as root and may mount one. */
const disk = mountTmpfs('size=256k');
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount();
});

describe.skipIf(typeof disk === 'string')(
  `on a real, nearly full disk (tmpfs)${typeof disk === 'string' ? ` (skipped: ${disk})` : ''}`,
  () => {
    const fill = (mountPoint: string, leave: number): void => {
      // Fills the disk up to `leave` bytes (tmpfs counts whole 4 KiB pages).
      writeFileSync(path.join(mountPoint, 'ballast'), '');
      const free = (): number => {
        const { bavail, bsize } = statfsSync(mountPoint);
        return bavail * bsize;
      };
      writeFileSync(path.join(mountPoint, 'ballast'), Buffer.alloc(Math.max(0, free() - leave)));
    };

    it.each([0, 8192])(
      'exemptions add exits 2 without "Recorded.", the file and its log as they were, no litter (%i bytes free)',
      (room) => {
        const { mountPoint } = disk as { mountPoint: string };
        const parent = path.join(mountPoint, `add-${room}`);
        mkdirSync(parent);
        const { folder } = copySchool(parent);
        const exemptions = path.join(folder, 'exemptions.csv');
        writeFileSync(exemptions, HEADER + ROWS + ROWS.replace(/S(\d+),/g, 'T$1,'));
        const before = readFileSync(exemptions);
        const log = readFileSync(path.join(folder, 'exemptions-log.csv'), { flag: 'a+' });
        fill(mountPoint, room);
        const add = runCli(['exemptions', 'add', folder, '--staff-id', 'S1', '--pupil-id', 'A100000000002', ...ADD]);
        expect(add.code).toBe(2);
        expect(add.stdout).not.toContain('Recorded.');
        expect(add.stderr).toContain('disk is full');
        expectNoStack(add.stderr);
        expect(readFileSync(exemptions)).toEqual(before);
        expect(readFileSync(path.join(folder, 'exemptions-log.csv'))).toEqual(log);
        expect(leftovers(folder)).toEqual([]);
        rmSync(path.join(mountPoint, 'ballast'));
        rmSync(parent, { recursive: true });
      },
    );

    it('audit --out exits 2 without "Report written" and leaves the earlier report whole', () => {
      const { mountPoint } = disk as { mountPoint: string };
      const parent = path.join(mountPoint, 'audit');
      mkdirSync(parent);
      const { folder } = copySchool(parent);
      const out = path.join(parent, 'audit.json');
      writeFileSync(out, '{"earlier": "report"}');
      fill(mountPoint, 0);
      const audit = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', out]);
      expect(audit.code).toBe(2);
      expect(audit.stderr).not.toContain('Report written');
      expect(audit.stderr).toContain('disk is full');
      expectNoStack(audit.stderr);
      expect(readFileSync(out, 'utf8')).toBe('{"earlier": "report"}');
      expect(readdirSync(parent).filter((name) => name.startsWith('.'))).toEqual([]);
      rmSync(path.join(mountPoint, 'ballast'));
      rmSync(parent, { recursive: true });
    });
  },
);
