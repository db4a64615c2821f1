import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../src/io/TextSource.js';
import { readCsvBatches, readCsvRows } from '../../src/read/csvTable.js';

const rows = async (text: string) => {
  const out: { cells: string[]; line: number }[] = [];
  for await (const row of readCsvRows(textSourceFromString('t.csv', text))) out.push(row);
  return out;
};

describe('readCsvRows', () => {
  it('numbers rows by the line they start on, past empty lines, blank rows and quoted line breaks', async () => {
    const text = 'a,b\r\n1,2\r\n\r\n,\r\n"x\r\ny",3\r\n  4 , 5 \r\n';
    expect(await rows(text)).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
      { cells: ['x\r\ny', '3'], line: 5 },
      { cells: ['4', '5'], line: 7 },
    ]);
  });

  it('reads a file given in many pieces in batches, every row once', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${i},name ${i}`);
    const source = { ...textSourceFromString('big.csv', ''), chunks: async function* () { for (let i = 0; i < lines.length; i += 100) yield lines.slice(i, i + 100).join('\n') + '\n'; } };
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
