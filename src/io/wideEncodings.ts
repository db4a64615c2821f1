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

/** UTF-32 as a text decoder decodes (TextDecoder has none): four bytes a code point, a cut one held for the next chunk. */
export function utf32Decoder(bigEndian: boolean): Decoder {
  let held = new Uint8Array(0);
  return {
    decode(input, options) {
      const view =
        input === undefined
          ? new Uint8Array(0)
          : ArrayBuffer.isView(input)
            ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
            : new Uint8Array(input);
      const bytes = held.length > 0 ? Buffer.concat([held, view]) : view;
      const whole = bytes.length - (bytes.length % 4);
      held = options?.stream ? bytes.slice(whole) : new Uint8Array(0);
      const data = new DataView(bytes.buffer, bytes.byteOffset, whole);
      const points: number[] = [];
      let text = '';
      for (let at = 0; at < whole; at += 4) {
        const cp = data.getUint32(at, !bigEndian);
        points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
        if (points.length === 8192) text += String.fromCodePoint(...points.splice(0));
      }
      text += String.fromCodePoint(...points);
      return !options?.stream && whole < bytes.length ? `${text}\ufffd` : text;
    },
  };
}
