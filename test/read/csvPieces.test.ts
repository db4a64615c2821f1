import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type TextSource, textSourceFromString } from '../../src/io/TextSource.js';
import { readCsvPieces } from '../../src/read/csvPieces.js';
import { csvRows, parseCsvRecords } from '../../src/read/csvRecords.js';
import { CSV_OPTIONS, type CsvRow } from '../../src/read/csvTable.js';

/** Every row of a text as pieces of about `pieceBytes`, with the bytes handed over in chunks of `chunk` characters. */
async function readAll(
  text: string,
  pieceBytes: number,
  chunk = 7,
): Promise<{ rows: CsvRow[]; pieces: number; header: string[] | undefined }> {
  const source: TextSource = {
    ...textSourceFromString('t.csv', text),
    utf8Chunks: async function* () {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    },
  };
  const rows: CsvRow[] = [];
  let pieces = 0;
  let header: string[] | undefined;
  for await (const piece of readCsvPieces(source, pieceBytes)) {
    pieces++;
    header = piece.header.cells;
    rows.push(...parseCsvRecords(piece.file, piece.bytes, piece.firstLine, piece.trim, piece.delimiter));
  }
  return { rows, pieces, header };
}

/** What csv-parse alone makes of the same text: the rows a reader must agree with. */
function csvParseRows(text: string): string[][] {
  return (parse(text, CSV_OPTIONS) as string[][])
    .slice(1)
    .filter((record) => !record.every((value) => value.trim() === ''));
}

const TRICKY = [
  'staff_id,display_name,username,note',
  'S1,Amy Smith,amy.s,plain',
  'S1,"Smith, Amy",,comma in quotes',
  'S2,"Jo ""JoJo"" Brown",jojo,doubled quotes',
  'S2,"two\nlines",x,line break inside quotes',
  'S3,O"Brien,,quote inside an unquoted cell',
  'S3,"closed"then text,,text after a closing quote',
  '',
  'S4,Zoë Łucja 🦋,zoe,non-ASCII',
  'S4,,,',
  'S5,"",empty quoted,"trailing quoted"',
  'S5,a,b,c,d,extra cell',
  'S6,"ends, quoted"',
];

describe('readCsvPieces and parseCsvRecords', () => {
  it('read the rows csv-parse reads, whatever the pieces and chunks, numbered by the line they start on', async () => {
    const text = `${TRICKY.join('\r\n')}\r\n`;
    const expected = csvParseRows(text);
    for (const pieceBytes of [1, 16, 64, 1 << 20]) {
      for (const chunk of [1, 5, 1000]) {
        const { rows, header } = await readAll(text, pieceBytes, chunk);
        expect(header).toEqual(['staff_id', 'display_name', 'username', 'note']);
        expect(rows.map((row) => row.cells)).toEqual(expected);
      }
    }
    const { rows } = await readAll(text, 16);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14]);
  });

  it('agree with csv-parse on many generated rows, LF or CRLF', async () => {
    const cells = ['Amy', 'Smith, Amy', 'Jo "JoJo"', '', ' padded ', 'line\nbreak', 'Zoë', '🦋x'];
    const quote = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const rows = Array.from({ length: 400 }, () =>
      Array.from({ length: 4 }, () => quote(cells[next(cells.length)]!)).join(','),
    );
    for (const eol of ['\n', '\r\n']) {
      const text = `a,b,c,d${eol}${rows.join(eol)}${eol}`;
      const { rows: whole } = await readAll(text, 1 << 20, 1 << 20);
      expect(whole.map((row) => row.cells)).toEqual(csvParseRows(text));
      // Chunks smaller than a piece gather; larger ones are cut, the record at each chunk's end
      // joined with the next chunk's start on its own.
      for (const [pieceBytes, chunk] of [
        [512, 97],
        [64, 97],
        [64, 700],
        [1, 300],
        [200, 1500],
      ] as const) {
        const { rows: read, pieces } = await readAll(text, pieceBytes, chunk);
        expect(pieces).toBeGreaterThan(5);
        expect(read).toEqual(whole);
      }
    }
  });

  it('read files that Excel wrote with semicolons or tabs as csv-parse reads them with that delimiter', async () => {
    for (const delimiter of [';', '\t']) {
      const text = ['staff_id,display_name', 'S1,"Smith; Amy"', 'S2,"Jo ""JoJo"" Brown"', 'S3,O"Brien', 'S4,Zoë']
        .map((line) => line.replace(/,/g, delimiter))
        .join('\r\n');
      const { rows, header } = await readAll(`${text}\r\n`, 16);
      expect(header).toEqual(['staff_id', 'display_name']);
      expect(rows.map((row) => row.cells)).toEqual((parse(text, { ...CSV_OPTIONS, delimiter }) as string[][]).slice(1));
    }
  });

  it('never cut a record, even one longer than a piece', async () => {
    const long = `"${'x,'.repeat(300)}\n${'y'.repeat(300)}"`;
    const text = `a,b\n1,${long}\n2,z\n`;
    const { rows } = await readAll(text, 64, 50);
    expect(rows.map((row) => [row.cells[0], row.line])).toEqual([
      ['1', 2],
      ['2', 4],
    ]);
    expect(rows[0]!.cells[1]).toHaveLength(901);
  });

  it('give one empty piece for a header with no rows, so the header is still checked, and none for an empty file', async () => {
    expect(await readAll('staff_id,display_name\n', 64)).toMatchObject({
      rows: [],
      pieces: 1,
      header: ['staff_id', 'display_name'],
    });
    expect(await readAll('', 64)).toMatchObject({ rows: [], pieces: 0 });
    expect(await readAll('\n\n', 64)).toMatchObject({ rows: [], pieces: 0 });
  });

  it('skip blank lines before the header, and count them', async () => {
    const { rows, header } = await readAll('\n\nname,x\nAmy,1\n', 64);
    expect(header).toEqual(['name', 'x']);
    expect(rows).toEqual([{ cells: ['Amy', '1'], line: 4 }]);
  });

  it('report a broken quote at its line in the file, not in the piece', () => {
    const bytes = Buffer.from('ok,1\n"unclosed,2\n');
    expect(() => parseCsvRecords('lists.csv', bytes, 40, false)).toThrow(/lists\.csv/);
    // The piece starts at line 40 of the file; the quote opens on its second line.
    expect(() => parseCsvRecords('lists.csv', bytes, 40, false)).toThrow(expect.objectContaining({ line: 41 }));
  });

  it('read rows one at a time: rows before a broken record come before its error, at their lines', () => {
    const rows = csvRows('lists.csv', Buffer.from('ok,1\n"fine, too",2\n"unclosed,3\n'), 40, false);
    expect(rows.next().value).toEqual({ cells: ['ok', '1'], line: 40 });
    expect(rows.next().value).toEqual({ cells: ['fine, too', '2'], line: 41 });
    expect(() => rows.next()).toThrow(expect.objectContaining({ line: 42 }));
  });
});
