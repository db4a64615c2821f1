import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Guesses how a file's bytes are encoded from its start. MIS exports (SIMS above all) are
 * often Windows-1252; Excel's "Unicode text" is UTF-16 with a BOM; everything else is UTF-8.
 * Only a prefix is examined so large files can be streamed afterwards.
 */
export function detectEncoding(prefix: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (prefix[0] === 0xff && prefix[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (prefix[0] === 0xfe && prefix[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8Prefix(prefix) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the very end. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Decodes a whole file. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 64 * 1024));
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bomLength, bytes.byteLength - bomLength);
  return { text: iconv.decode(body, encoding), encoding };
}

/** A decoder for streaming, where chunks may split multi-byte characters. */
export function createDecoder(encoding: TextEncoding): { write(chunk: Uint8Array): string; end(): string } {
  const decoder = iconv.getDecoder(encoding);
  return {
    write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    end: () => decoder.end() ?? '',
  };
}
