import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createStreamDecoder, decodeText } from '../../src/io/decode.js';

const cp1252 = (text: string): Buffer =>
  Buffer.from([...text].map((ch) => ({ ë: 0xeb, é: 0xe9, ö: 0xf6 })[ch] ?? ch.charCodeAt(0)));

/** The stream decoder's text for bytes cut at the given places, as chunks of a file arrive. */
function streamed(bytes: Uint8Array, cuts: number[]): string {
  const decoder = createStreamDecoder('t.csv');
  const utf8 = new TextDecoder();
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const to of [...at, bytes.length]) {
    const piece = decoder.write(bytes.slice(from, to));
    text += piece.text ?? utf8.decode(piece.bytes);
    from = to;
  }
  const rest = decoder.end();
  return text + (rest.text ?? utf8.decode(rest.bytes));
}

// ë, é and ö in Windows-1252 (0xEB, 0xE9, 0xF6) can never begin valid UTF-8 before ASCII or each other.
const text = fc
  .array(fc.constantFrom('a', 'Z', ',', '\r\n', '"', 'ë', 'é', 'ö', '🦋'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const cuts = fc.array(fc.nat(200), { maxLength: 5 });

describe('decoding', () => {
  it('reads UTF-8, with or without a BOM, the same whole or in chunks cut anywhere', () => {
    fc.assert(
      fc.property(text, cuts, fc.boolean(), (value, at, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(value)]);
        expect(decodeText(bytes).text).toBe(value);
        expect(streamed(bytes, at)).toBe(value);
      }),
    );
  });

  it('reads Windows-1252 whole or in chunks, however late its first accent', () => {
    fc.assert(
      fc.property(
        text.map((value) => value.replaceAll('🦋', '')),
        cuts,
        fc.nat(3000),
        (value, at, padding) => {
          const whole = `${'x'.repeat(padding)}${value}`;
          const bytes = cp1252(whole);
          expect(decodeText(bytes).text).toBe(whole);
          expect(streamed(bytes, at)).toBe(whole);
        },
      ),
    );
  });

  it('reads UTF-16 LE and BE by their BOM, in chunks cut anywhere', () => {
    fc.assert(
      fc.property(text, cuts, fc.boolean(), (value, at, bigEndian) => {
        const le = Buffer.from(value, 'utf16le');
        const bytes = Buffer.concat([
          Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
          bigEndian ? Buffer.from(le).swap16() : le,
        ]);
        expect(decodeText(bytes).text).toBe(value);
        expect(streamed(bytes, at)).toBe(value);
      }),
    );
  });

  it('judges the whole file: an accent past 64 KiB makes it Windows-1252', () => {
    const bytes = cp1252(`${'a,b\r\n'.repeat(20_000)}Zoë,x\r\n`);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252' });
    expect(decodeText(bytes).text.endsWith('Zoë,x\r\n')).toBe(true);
  });

  it('names the byte where a file valid UTF-8 with accents stops being so', () => {
    const bytes = Buffer.concat([Buffer.from('Zoë,a\n'), cp1252('Chloé\n')]);
    expect(() => streamed(bytes, [3])).toThrow(UserError);
    expect(() => streamed(bytes, [])).toThrow(/^t\.csv: mixes UTF-8 with another encoding \(byte 11, 0xE9/);
  });
});
