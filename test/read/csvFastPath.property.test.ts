import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextSource, textSourceFromString } from '../../src/io/TextSource.js';
import { readCsvPieces } from '../../src/read/csvPieces.js';
import { csvRows } from '../../src/read/csvRecords.js';
import { CSV_OPTIONS, type CsvRow, delimiterOf, needsTrim } from '../../src/read/csvTable.js';
import { readCsvBatches } from '../../src/read/readCsvRows.js';
import { caseCount } from '../helpers/depth.js';

/**
 * The hand-written splitter and fast path (csvPieces.ts, csvRecords.ts) against csv-parse on the
 * whole text, with the same options: random cells with quotes, every delimiter, CR / LF / CRLF,
 * BOMs, multi-byte characters, cut into chunks and pieces at random places.
 */
/**
 * Line breaks inside cells are the file's own (`EOL`): in a file of mixed line endings csv-parse
 * keeps a CR before an LF in the cell, where the fast path drops it (cells are trimmed anyway).
 */
const ATOMS = ['a', 'Zoë', '🦋', 'Ł', ' ', ',', ';', '\t', '"', '""', 'EOL', 'x"y', "O'B"];
const text = (eol: string) =>
  fc.array(fc.constantFrom(...ATOMS), { maxLength: 6 }).map((parts) => parts.join('').replaceAll('EOL', eol));

/** A cell as a spreadsheet might write it: quoted (any text), or bare (any text without the delimiter or a line break). */
const cell = (delimiter: string, eol: string) =>
  fc.oneof(
    text(eol).map((value) => `"${value.replaceAll('"', '""')}"`),
    text(eol).map((value) => value.replaceAll(delimiter, '').replace(/[\r\n]/g, '')),
    // Text after a closing quote, and a quote inside a bare cell, as careless exports write them.
    text(eol).map((value) => `"${value.replaceAll('"', '""')}"x`.replaceAll(delimiter, '')),
  );

const file = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    width: fc.integer({ min: 1, max: 5 }),
    finalEol: fc.boolean(),
  })
  .chain(({ delimiter, eol, bom, width, finalEol }) =>
    fc
      .array(fc.array(cell(delimiter, eol), { minLength: 1, maxLength: width + 1 }), { maxLength: 12 })
      .map((records) => {
        const header = Array.from({ length: width }, (_, i) => `col${i}`).join(delimiter);
        const body = [header, ...records.map((cells) => cells.join(delimiter))].join(eol);
        return `${bom ? '\ufeff' : ''}${body}${finalEol ? eol : ''}`;
      }),
  );

/** A source handing its UTF-8 over in chunks cut at the given places (any byte, mid-character too). */
function chunkedSource(whole: string, cuts: number[]): TextSource {
  const bytes = Buffer.from(whole.replace(/^\ufeff/, ''), 'utf8');
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  return {
    ...textSourceFromString('t.csv', whole),
    utf8Chunks: async function* () {
      let from = 0;
      for (const to of [...at, bytes.length]) {
        if (to > from) yield Buffer.from(bytes.subarray(from, to));
        from = to;
      }
    },
  };
}

/** csv-parse's rows of the whole text, blank records skipped, as the readers skip them. */
function oracle(whole: string): { rows: string[][] } | { error: true } {
  const body = whole.replace(/^\ufeff/, '');
  const head = body.slice(0, 16 * 1024);
  try {
    const records = parse(body, {
      ...CSV_OPTIONS,
      delimiter: delimiterOf(head),
      ...(needsTrim(head) ? { trim: true } : {}),
    }) as string[][];
    return { rows: records.filter((record) => !record.every((value) => value.trim() === '')) };
  } catch {
    return { error: true };
  }
}

async function fastPath(source: TextSource, pieceBytes: number): Promise<{ rows: string[][] } | { error: true }> {
  const rows: string[][] = [];
  try {
    for await (const piece of readCsvPieces(source, pieceBytes)) {
      if (piece.index === 0) rows.push(piece.header.cells);
      for (const row of csvRows(piece.file, piece.bytes, piece.firstLine, piece.trim, piece.delimiter))
        rows.push(row.cells);
    }
  } catch {
    return { error: true };
  }
  return { rows };
}

describe('the CSV fast path equals csv-parse', () => {
  it('on random files, whatever the chunks and pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.array(fc.nat(400), { maxLength: 6 }),
        fc.constantFrom(1, 7, 64, 1 << 16),
        async (whole, cuts, pieceBytes) => {
          const expected = oracle(whole);
          const got = await fastPath(chunkedSource(whole, cuts), pieceBytes);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: Number(process.env.CSV_PROPERTY_RUNS ?? caseCount(500, 30_000)) },
    );
  }, 600_000);

  it('hands out batches that a later read cannot overwrite', async () => {
    const line = (i: number) => `S${i},name ${i},user${i}\n`;
    const whole = `id,name,user\n${Array.from({ length: 6000 }, (_, i) => line(i)).join('')}`;
    const bytes = Buffer.from(whole);
    // Three buffers reused in turn, as a file is read (see FileSystem.ts).
    const ring = Array.from({ length: 3 }, () => Buffer.alloc(4096));
    const source: TextSource = {
      ...textSourceFromString('t.csv', whole),
      utf8Chunks: async function* () {
        for (let from = 0, i = 0; from < bytes.length; from += 4096, i++) {
          const buffer = ring[i % 3]!;
          const n = bytes.copy(buffer, 0, from, from + 4096);
          yield buffer.subarray(0, n);
        }
      },
    };
    const kept: Iterable<CsvRow>[] = [];
    for await (const batch of readCsvBatches(source)) kept.push(batch);
    const rows = kept.flatMap((batch) => [...batch]).map((row) => row.cells.join(','));
    expect(rows).toEqual(whole.trimEnd().split('\n'));
    // A batch left part-read while the next is read keeps its rows too.
    const halves: string[] = [];
    let pending: Iterator<CsvRow> | undefined;
    for await (const batch of readCsvBatches(source)) {
      if (pending)
        for (let next = pending.next(); !next.done; next = pending.next()) halves.push(next.value.cells.join(','));
      const iterator = batch[Symbol.iterator]();
      const first = iterator.next();
      if (!first.done) halves.push(first.value.cells.join(','));
      pending = iterator;
    }
    if (pending)
      for (let next = pending.next(); !next.done; next = pending.next()) halves.push(next.value.cells.join(','));
    expect(halves).toEqual(whole.trimEnd().split('\n'));
  });
});
