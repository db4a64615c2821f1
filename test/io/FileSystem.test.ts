import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { readCsvRows } from '../../src/read/readCsvRows.js';

const folder = mkdtempSync(path.join(tmpdir(), 'social-audit-fs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('nodeFileSystem.source', () => {
  it('reads a file of many chunks, read into the same few buffers in turn, as csv-parse reads it whole', async () => {
    // About 5 MiB: five chunks, so each buffer is read into again while records cross their edges.
    const lines = ['staff_id,display_name,note'];
    for (let i = 0; lines.length < 60_000; i++) {
      const note = i % 7 === 0 ? `"line one\nline ${i}, with ""quotes"""` : 'x'.repeat(i % 97);
      lines.push(`S${i % 50},Person ${i} Zoë ${'é'.repeat(i % 5)},${note}`);
    }
    const text = `${lines.join('\n')}\n`;
    const file = path.join(folder, 'big.csv');
    writeFileSync(file, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 1024 * 1024);

    const rows: string[][] = [];
    for await (const row of readCsvRows(nodeFileSystem.source(file))) rows.push(row.cells);
    expect(rows).toEqual(parse(text, { relax_column_count: true }));
  });

  it('reads a file whole after its head, whether the head held all of it or not', async () => {
    for (const size of [0, 1, 100, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000]) {
      const text = Array.from({ length: size }, (_, i) =>
        i % 50 === 49 ? '\n' : String.fromCharCode(97 + (i % 26)),
      ).join('');
      const file = path.join(folder, `small-${size}.csv`);
      writeFileSync(file, text);
      const source = nodeFileSystem.source(file);
      expect(await source.head()).toBe(text.slice(0, 16 * 1024));
      expect(await source.head()).toBe(text.slice(0, 16 * 1024));
      const bytes: Buffer[] = [];
      for await (const chunk of source.utf8Chunks!()) bytes.push(Buffer.from(chunk));
      expect(Buffer.concat(bytes).toString('utf8')).toBe(text);
      expect(await source.text()).toBe(text);
    }
  });

  it('says which file is missing', async () => {
    const chunks = nodeFileSystem.source(path.join(folder, 'absent.csv')).chunks();
    await expect(async () => {
      for await (const _chunk of chunks) void _chunk;
    }).rejects.toThrow(/absent\.csv: no such file/);
  });
});

describe('nodeFileSystem on what is not a plain file or folder', () => {
  it('names a folder that cannot be listed instead of crashing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-list-'));
    try {
      writeFileSync(path.join(dir, 'file.csv'), 'a\n');
      await expect(nodeFileSystem.list(path.join(dir, 'file.csv'))).rejects.toThrow(UserError);
      await expect(nodeFileSystem.list(path.join(dir, 'file.csv'))).rejects.toThrow(
        /file\.csv: is a file, not a folder/,
      );
      await expect(nodeFileSystem.list(path.join(dir, 'missing'))).rejects.toThrow(/missing: no such file/);
      expect(await nodeFileSystem.kind(path.join(dir, 'missing'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
