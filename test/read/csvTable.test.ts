import { describe, expect, it } from 'vitest';
import { textSourceFromBytes, textSourceFromString } from '../../src/io/TextSource.js';
import { cell } from '../../src/read/csvTable.js';
import { readCsvBatches, readCsvRows } from '../../src/read/readCsvRows.js';

const rows = async (text: string) => {
  const out: { cells: string[]; line: number }[] = [];
  for await (const row of readCsvRows(textSourceFromString('t.csv', text))) out.push(row);
  return out;
};

describe('readCsvRows', () => {
  it('reads a file Excel saved with semicolons or tabs, whose header has no comma', async () => {
    expect((await rows('UPN;Forename;Surname\nA1;Amy;Jones, Smith\n')).map((r) => r.cells)).toEqual([
      ['UPN', 'Forename', 'Surname'],
      ['A1', 'Amy', 'Jones, Smith'],
    ]);
    expect((await rows('UPN\tForename\nA1\tAmy\n')).map((r) => r.cells)).toEqual([
      ['UPN', 'Forename'],
      ['A1', 'Amy'],
    ]);
  });

  it('says that an Excel workbook saved under a .csv name is one, rather than showing its bytes', async () => {
    const workbook = textSourceFromBytes(
      'roll.csv',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
    );
    await expect(readCsvRows(workbook).next()).rejects.toThrow('roll.csv: is an Excel workbook, not a CSV file');
  });

  it('numbers rows by the line they start on, past empty lines, blank rows and quoted line breaks', async () => {
    const text = 'a,b\r\n1,2\r\n\r\n,\r\n"x\r\ny",3\r\n  4 , 5 \r\n';
    expect(await rows(text)).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
      { cells: ['x\r\ny', '3'], line: 5 },
      { cells: ['  4 ', ' 5 '], line: 7 },
    ]);
  });

  it('trims around quoted cells when the file pads them, and cell() trims every value', async () => {
    const [header, row] = await rows('name, note\n"Smith, Amy" , "O\'Brien, Jo"\n');
    expect(row!.cells).toEqual(['Smith, Amy', "O'Brien, Jo"]);
    const plain = await rows('a,b\n  x , y\n');
    expect(cell<'a' | 'b'>(plain[1]!, { a: 0, b: 1 }, 'a')).toBe('x');
    expect(header!.cells).toEqual(['name', 'note']);
  });

  it('reads a file given in many pieces in batches, every row once', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${i},name ${i}`);
    const source = {
      ...textSourceFromString('big.csv', ''),
      chunks: async function* () {
        for (let i = 0; i < lines.length; i += 100) yield `${lines.slice(i, i + 100).join('\n')}\n`;
      },
    };
    let count = 0;
    let last = 0;
    for await (const batch of readCsvBatches(source)) {
      for (const row of batch) {
        count++;
        last = row.line;
      }
    }
    expect(count).toBe(5000);
    expect(last).toBe(5000);
  });

  it('names the file and line of a CSV it cannot read', async () => {
    await expect(rows('a,b\n1,"2\n')).rejects.toThrow(/t\.csv/);
  });
});
