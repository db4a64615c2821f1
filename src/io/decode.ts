import { isAscii, isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { checkWritten, NUL_RUN } from './checkWritten.js';
import { FirstLineBreak, JUDGED_BYTES, judgeSingleByte, type SingleByteJudgement } from './singleByteEncoding.js';
import { utf32Decoder, wideByZeros, ZEROS_JUDGED } from './wideEncodings.js';
import { windows1252Punctuation } from './windows1252Table.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252' | 'macintosh';

export type { SingleByteJudgement };

/**
 * How a file's bytes are encoded, judged on the whole file. MIS exports (SIMS above all) are
 * often Windows-1252; Excel's "Unicode text" is UTF-16 with a BOM; everything else is UTF-8. A
 * file that is not valid UTF-8 anywhere is Windows-1252 or, saved by Mac Excel as "CSV
 * (Macintosh)", Mac Roman: `judged` says which and on what (see `judgeSingleByte`).
 */
export function detectEncoding(
  bytes: Uint8Array,
  prefix = false,
): { encoding: TextEncoding; bomLength: number; judged?: SingleByteJudgement } {
  const bom = bomOf(bytes);
  if (bom) return bom;
  if (isUtf8(bytes) || (prefix && isUtf8Prefix(bytes))) return { encoding: 'utf-8', bomLength: 0 };
  const judged = judgeBytes(bytes);
  return { encoding: judged.encoding, bomLength: 0, judged };
}

/** The judgement on a whole file (or its head) that is not UTF-8, on the bytes a stream decoder would weigh. */
function judgeBytes(bytes: Uint8Array): SingleByteJudgement {
  let from = 0;
  while (from < bytes.length && bytes[from]! < 0x80) from++;
  const breaks = new FirstLineBreak();
  breaks.feed(bytes.subarray(0, from + JUDGED_BYTES + 1));
  return judgeSingleByte(bytes.subarray(from, from + JUDGED_BYTES), breaks.crOnly, from > 0 ? bytes[from - 1]! : 0);
}

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return { encoding: 'utf-32le', bomLength: 4 };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return { encoding: 'utf-32be', bomLength: 4 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const wide = wideByZeros(bytes);
  return wide && { encoding: wide, bomLength: 0 };
}

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the very end (a file's head, with `prefix`). */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes, true) < 0;
}

/**
 * Where the first byte that cannot be UTF-8 is, or -1; with `allowCut`, a sequence cut off at the
 * end is not counted (a chunk's end), and otherwise it is.
 */
function firstInvalidUtf8(bytes: Uint8Array, allowCut: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return allowCut ? -1 : i;
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      // Overlong forms, surrogates and code points past U+10FFFF, as TextDecoder rejects them.
      if (
        k === 1 &&
        ((b === 0xe0 && next < 0xa0) ||
          (b === 0xed && next > 0x9f) ||
          (b === 0xf0 && next < 0x90) ||
          (b === 0xf4 && next > 0x8f))
      )
        return i;
    }
    i += extra + 1;
  }
  return -1;
}

export type Decoder = Pick<TextDecoder, 'decode'>;

const decoders: Record<TextEncoding, () => Decoder> = {
  'utf-8': () => new TextDecoder('utf-8', { ignoreBOM: true }),
  'utf-16le': () => new TextDecoder('utf-16le', { ignoreBOM: true }),
  'utf-16be': () => new TextDecoder('utf-16be', { ignoreBOM: true }),
  'utf-32le': () => utf32Decoder(false),
  'utf-32be': () => utf32Decoder(true),
  'windows-1252': () => {
    const latin1 = new TextDecoder('windows-1252');
    return { decode: (...args) => windows1252Punctuation(latin1.decode(...args)) };
  },
  macintosh: () => new TextDecoder('macintosh'),
};

/** Decodes a whole file. */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: TextEncoding;
  judged?: SingleByteJudgement;
} {
  const { encoding, bomLength, judged } = detectEncoding(bytes);
  return { text: decoders[encoding]().decode(bytes.subarray(bomLength)), encoding, ...(judged ? { judged } : {}) };
}

/** A file's head (its first KiBs) decoded, for recognising its format: a character cut at its end is dropped. */
export function decodeHead(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes, true);
  return decoders[encoding]().decode(bytes.subarray(bomLength), { stream: true });
}

/** What a stream decoder makes of a chunk: UTF-8 bytes passed on as they are, or decoded text. */
export type Decoded = { bytes: Uint8Array; text?: undefined } | { text: string; bytes?: undefined };

/** A stream decoder: chunks in, text out; `judged` once a file that is not UTF-8 has been judged. */
export interface StreamDecoder {
  write(chunk: Uint8Array): Decoded;
  end(): Decoded;
  readonly judged: SingleByteJudgement | undefined;
}

/**
 * A decoder for a file read in chunks, which may split multi-byte characters. Without a BOM it
 * reads UTF-8 until a byte that cannot be, then Windows-1252 or Mac Roman from there, judged on
 * the bytes `detectEncoding` judges (held back until JUDGED_BYTES of them have come): a file whose
 * bytes before that point were all ASCII (the common case: a SIMS export whose first accent comes
 * late) is then read exactly as if judged on the whole file, without reading it twice. A file
 * that is valid UTF-8 with accents in part and not elsewhere mixes encodings: an error naming
 * the byte. UTF-8 is handed on as bytes (views of the chunk, whole characters only).
 */
export function createStreamDecoder(file: string): StreamDecoder {
  let encoding: TextEncoding | undefined;
  let decoder: Decoder | undefined;
  let judged: SingleByteJudgement | undefined;
  let nonAscii = false;
  let offset = 0;
  /** The last byte passed on before a byte that is not UTF-8 (0 for none). */
  let lastByte = 0;
  const breaks = new FirstLineBreak();
  /** Bytes held back: the start of a BOM or of a UTF-8 character cut at a chunk's end. */
  let held: Uint8Array = new Uint8Array(0);
  /** Copies of the bytes from the first that is not UTF-8, held until there are enough to judge. */
  let judging: { parts: Uint8Array[]; length: number } | undefined;
  const join = (chunk: Uint8Array): Uint8Array => {
    if (held.length === 0) return chunk;
    const joined = new Uint8Array(held.length + chunk.length);
    joined.set(held);
    joined.set(chunk, held.length);
    held = new Uint8Array(0);
    return joined;
  };
  const judge = (final: boolean): Decoded => {
    if (!judging || (!final && judging.length <= JUDGED_BYTES)) return { text: '' };
    const bytes = Buffer.concat(judging.parts, judging.length);
    judging = undefined;
    breaks.feed(bytes.subarray(0, JUDGED_BYTES + 1));
    judged = judgeSingleByte(bytes.subarray(0, JUDGED_BYTES), breaks.crOnly, lastByte);
    encoding = judged.encoding;
    decoder = decoders[encoding]();
    return { text: decoder.decode(bytes, { stream: !final }) };
  };
  const utf8 = (bytes: Uint8Array, final: boolean): Decoded => {
    const cut = final ? 0 : cutTail(bytes);
    const whole = bytes.subarray(0, bytes.length - cut);
    if (cut > 0) held = bytes.slice(bytes.length - cut);
    if (isUtf8(whole)) {
      if (!nonAscii && !isAscii(whole)) nonAscii = true;
      if (!nonAscii) breaks.feed(whole);
      if (whole.length > 0) lastByte = whole[whole.length - 1]!;
      offset += whole.length;
      return { bytes: whole };
    }
    held = new Uint8Array(0);
    const bad = firstInvalidUtf8(bytes, !final);
    const before = bytes.subarray(0, bad);
    if (nonAscii || !isAscii(before)) {
      const at = (offset + bad).toLocaleString('en-GB');
      throw new InputError(
        file,
        undefined,
        `mixes UTF-8 with another encoding (byte ${at}, 0x${bytes[bad]!.toString(16).toUpperCase()}, is not UTF-8, though accents before it were), so its accents cannot be read reliably`,
        RESAVE_HINT,
      );
    }
    breaks.feed(before);
    if (before.length > 0) lastByte = before[before.length - 1]!;
    // A copy: the chunk's memory may be read into again before the judgement.
    const rest = bytes.slice(bad);
    judging = { parts: [rest], length: rest.length };
    const text = Buffer.from(before.buffer, before.byteOffset, before.byteLength).toString('latin1');
    return { text: text + judge(final).text };
  };
  /** Bytes of text passed on so far, for where a run of zero bytes starts. */
  let passed = 0;
  const written = (piece: Decoded): Decoded => {
    if (piece.bytes) {
      checkWritten(file, piece.bytes, passed);
      passed += piece.bytes.length;
    } else if (piece.text.includes(NUL_RUN)) checkWritten(file, Buffer.from(piece.text), undefined);
    return piece;
  };
  return {
    get judged() {
      return judged;
    },
    write(chunk) {
      return written(decodeChunk(chunk));
    },
    end() {
      return written(decodeEnd());
    },
  };

  function decodeChunk(chunk: Uint8Array): Decoded {
    if (judging) {
      judging.parts.push(chunk.slice());
      judging.length += chunk.length;
      return judge(false);
    }
    let bytes = join(chunk);
    if (!encoding) {
      if (bytes.length === 0) return { text: '' };
      // Held while they may yet be a BOM, or a BOM-less UTF-16 or UTF-32 text whose zeros are still to come.
      if (bytes.length < 8 || (bytes.length < ZEROS_JUDGED && bytes.includes(0))) {
        held = bytes.slice();
        return { text: '' };
      }
      const bom = bomOf(bytes);
      encoding = bom?.encoding ?? 'utf-8';
      decoder = decoders[encoding]();
      bytes = bytes.subarray(bom?.bomLength ?? 0);
    }
    return encoding === 'utf-8' ? utf8(bytes, false) : { text: decoder!.decode(bytes, { stream: true }) };
  }

  function decodeEnd(): Decoded {
    if (judging) return judge(true);
    if (!encoding) {
      const decoded = held.length > 0 ? decodeText(held) : undefined;
      held = new Uint8Array(0);
      judged = decoded?.judged;
      return { text: decoded?.text ?? '' };
    }
    if (encoding === 'utf-8') {
      const rest = held;
      held = new Uint8Array(0);
      return rest.length > 0 ? utf8(rest, true) : { bytes: rest };
    }
    return { text: decoder!.decode() };
  }
}

const RESAVE_HINT = 'Open it in Excel and save it with File › Save As › "CSV UTF-8 (Comma delimited)".';

/** How many bytes at the end start a UTF-8 character that the next chunk completes (0 to 3). */
function cutTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}
