import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createStreamDecoder, decodeText } from '../../src/io/decode.js';
import { utf32 } from './utf32.js';

const cp1252 = (text: string): Buffer =>
  Buffer.from(
    [...text].map(
      (ch) => ({ ë: 0xeb, é: 0xe9, ö: 0xf6, á: 0xe1, '’': 0x92, Š: 0x8a, ž: 0x9e, '€': 0x80 })[ch] ?? ch.charCodeAt(0),
    ),
  );

const macRomanByte = new Map(
  Array.from({ length: 128 }, (_, i) => [new TextDecoder('macintosh').decode(Uint8Array.of(0x80 + i)), 0x80 + i]),
);
const macRoman = (text: string): Buffer =>
  Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : macRomanByte.get(ch)!)));

/** The stream decoder's text for bytes cut at the given places, as chunks of a file arrive. */
function streamed(bytes: Uint8Array, cuts: number[]): string {
  return streamedWithJudgement(bytes, cuts).text;
}

function streamedWithJudgement(bytes: Uint8Array, cuts: number[]) {
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
  return { text: text + (rest.text ?? utf8.decode(rest.bytes)), judged: decoder.judged };
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

  it('reads UTF-32 LE and BE by their BOM, and UTF-16 or UTF-32 without one by where its zero bytes fall, in chunks cut anywhere', () => {
    // A table's text: a header of ASCII first, as every roll and list has; without a BOM, mostly Latin letters.
    const table = text.map((value) => `UPN,Legal Surname,Legal Forename\r\n${value}`);
    const form = fc.constantFrom('32le-bom', '32be-bom', '32le', '32be', '16le', '16be');
    fc.assert(
      fc.property(table, cuts, form, (written, at, how) => {
        const value = how.endsWith('bom') ? written : written.replaceAll('🦋', '');
        const bytes =
          how === '16le'
            ? Buffer.from(value, 'utf16le')
            : how === '16be'
              ? Buffer.from(value, 'utf16le').swap16()
              : utf32(how.endsWith('bom') ? `\ufeff${value}` : value, how.startsWith('32be'));
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

  it('reads Mac Excel\'s "CSV (Macintosh)" (Mac Roman, lone CRs) whole or in chunks, however late its first accent', () => {
    const names = fc.array(fc.constantFrom('a', 'Z', ',', '\r', 'ë', 'é', 'ö', 'ü', 'ñ', 'í', 'ç', 'ø'), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(names, cuts, fc.nat(3000), (parts, at, padding) => {
        const whole = `${'x'.repeat(padding)}\rZoë${parts.join('')}`;
        const bytes = macRoman(whole);
        expect(decodeText(bytes)).toMatchObject({ text: whole, encoding: 'macintosh' });
        expect(streamedWithJudgement(bytes, at)).toEqual({
          text: whole,
          judged: { encoding: 'macintosh', crOnly: true },
        });
      }),
    );
  });

  it('judges any bytes a stream reads as the whole file does, wherever the chunks are cut', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(fc.constantFrom(0x61, 0x5a, 0x2c, 0x0d, 0x0a, 0x87, 0x8e, 0x91, 0x92, 0x9a, 0xe9, 0xeb, 0xf6), {
          maxLength: 300,
        })
        .map((values) => Uint8Array.from(values)),
    );
    fc.assert(
      fc.property(bytes, cuts, (value, at) => {
        let stream: ReturnType<typeof streamedWithJudgement>;
        try {
          stream = streamedWithJudgement(value, at);
        } catch {
          return; // UTF-8 with accents, then a byte that is not: an error the whole file does not give.
        }
        const whole = decodeText(value);
        expect(stream).toEqual({ text: whole.text, judged: whole.judged });
      }),
    );
  });

  it('judges past the 64 KiB it holds back the same in chunks as whole', () => {
    const whole = `${'a,b\n'.repeat(100)}Zoë${',x'.repeat(40_000)}\rChloé`;
    const bytes = macRoman(whole);
    expect(decodeText(bytes)).toMatchObject({ text: whole, encoding: 'macintosh', judged: { crOnly: false } });
    expect(streamedWithJudgement(bytes, [10, 500, 70_000])).toEqual({
      text: whole,
      judged: { encoding: 'macintosh', crOnly: false },
    });
  });

  it('keeps Windows-1252 Windows-1252, with lone CRs too, where its accents say so', () => {
    for (const eol of ['\r\n', '\r']) {
      const whole = `UPN,Surname,Forename${eol}Z1,Fenwick,Zoë${eol}Z2,Brontë,Chloé${eol}`;
      expect(decodeText(cp1252(whole))).toEqual({
        text: whole,
        encoding: 'windows-1252',
        judged: { encoding: 'windows-1252', crOnly: eol === '\r' },
      });
    }
  });

  it("reads Windows-1252's 0x80-0x9F as Windows-1252 (’ Š ž €), which Node 20's TextDecoder makes C1 controls, whole or in chunks", () => {
    const whole = 'UPN,Surname,Forename,Note\r\nZ1,O’Brien,Šimon,€5\r\nZ2,Novák,Božena,\r\n';
    const bytes = cp1252(whole);
    expect(decodeText(bytes)).toMatchObject({ text: whole, encoding: 'windows-1252' });
    fc.assert(
      fc.property(cuts, (at) => {
        expect(streamed(bytes, at)).toBe(whole);
      }),
    );
  });
});
