import iconv from 'iconv-lite';
import type { Decoder, TextEncoding } from './decode.js';

/** Bytes enough to tell UTF-16 or UTF-32 without a BOM by where its zero bytes fall. */
export const ZEROS_JUDGED = 1024;

/**
 * UTF-16 or UTF-32 saved without a BOM (a text editor's "Unicode"), told by its zero bytes: a table's
 * text is mostly Latin letters, so every other byte (UTF-16) or three in four (UTF-32) are zero, as in no
 * UTF-8 or single-byte text. Read as UTF-8 it was one garbled column; undefined for anything else.
 */
export function wideByZeros(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, ZEROS_JUDGED) & ~3;
  if (n < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const units = n / 4;
  // The top byte of a code point is always zero; the next is zero for all but emoji and rarer scripts.
  if (z3 === units && z2 >= units / 2 && z0 < units / 10) return 'utf-32le';
  if (z0 === units && z1 >= units / 2 && z3 < units / 10) return 'utf-32be';
  const half = n / 2;
  if (z1 + z3 >= half * 0.9 && z0 + z2 <= half / 10) return 'utf-16le';
  if (z0 + z2 >= half * 0.9 && z1 + z3 <= half / 10) return 'utf-16be';
  return undefined;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * UTF-32 as a text decoder decodes (TextDecoder has none), by iconv-lite's: a code point cut between
 * chunks held for the next, the BOM left to `decode.ts`, which has taken it off.
 */
export function utf32Decoder(bigEndian: boolean): Decoder {
  const decoder = iconv.getDecoder(bigEndian ? 'utf-32be' : 'utf-32le', { stripBOM: false });
  return {
    decode(input, options) {
      const bytes =
        input === undefined
          ? Buffer.alloc(0)
          : ArrayBuffer.isView(input)
            ? Buffer.from(input.buffer, input.byteOffset, input.byteLength)
            : Buffer.from(input);
      const text = decoder.write(bytes) + (options?.stream ? '' : (decoder.end() ?? ''));
      // A surrogate written as a code point of its own is no character: U+FFFD, as TextDecoder gives.
      return text.replace(LONE_SURROGATE, '\ufffd');
    },
  };
}
