import type { TextSource } from '../model/sources.js';
import { checkWritten, NUL_RUN } from './checkWritten.js';
import { createStreamDecoder, decodeHead, decodeText, type StreamDecoder } from './decode.js';

/** The interface lives in model/ (audit inputs carry it); re-exported for the readers that take it from here. */
export type { TextSource };

const HEAD_BYTES = 16 * 1024;

export function textSourceFromString(name: string, text: string): TextSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return {
    name,
    head: async () => body.slice(0, HEAD_BYTES),
    text: async () => body,
    chunks: async function* () {
      yield body;
    },
  };
}

/** A source over bytes already in memory (a ZIP entry, a small file). */
export function textSourceFromBytes(name: string, bytes: Uint8Array): TextSource {
  let decoded: ReturnType<typeof decodeText> | undefined;
  const text = (): string => {
    if (!decoded) {
      decoded = decodeText(bytes);
      if (decoded.text.includes(NUL_RUN)) checkWritten(name, Buffer.from(decoded.text), undefined);
    }
    return decoded.text;
  };
  return {
    name,
    judgedEncoding: () => decoded?.judged,
    head: async () => decodeHead(bytes.subarray(0, HEAD_BYTES)),
    text: async () => text(),
    chunks: async function* () {
      yield text();
    },
  };
}

/** A source that reads its bytes lazily, in chunks, from wherever `open` says. */
export function textSourceFromByteStream(
  name: string,
  open: () => AsyncIterable<Uint8Array>,
  readHead: () => Promise<Uint8Array>,
): TextSource {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The decoder of the latest read, which knows the encoding once it has judged it. */
  let latest: StreamDecoder | undefined;
  const chunks = async function* (): AsyncGenerator<string> {
    const decoder = createStreamDecoder(name);
    latest = decoder;
    for await (const chunk of open()) {
      const piece = decoder.write(chunk);
      const text = piece.text ?? utf8.decode(piece.bytes);
      if (text) yield text;
    }
    const rest = decoder.end();
    const text = rest.text ?? utf8.decode(rest.bytes);
    if (text) yield text;
  };
  // A UTF-8 file's own bytes; any other encoding decoded, then written as UTF-8.
  const utf8Chunks = async function* (): AsyncGenerator<Uint8Array> {
    const decoder = createStreamDecoder(name);
    latest = decoder;
    for await (const chunk of open()) {
      const piece = decoder.write(chunk);
      const bytes = piece.bytes ?? Buffer.from(piece.text, 'utf8');
      if (bytes.length > 0) yield bytes;
    }
    const rest = decoder.end();
    const bytes = rest.bytes ?? Buffer.from(rest.text, 'utf8');
    if (bytes.length > 0) yield bytes;
  };
  return {
    name,
    head: async () => decodeHead(await readHead()),
    text: async () => {
      let all = '';
      for await (const piece of chunks()) all += piece;
      return all;
    },
    chunks,
    utf8Chunks,
    judgedEncoding: () => latest?.judged,
  };
}
