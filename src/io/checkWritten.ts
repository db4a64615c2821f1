import { InputError } from '../errors.js';

/** Zero bytes in a row, as no text holds: the part of a file a crash, a full disk or an interrupted copy never wrote. */
const ZERO_RUN = Buffer.alloc(16);
export const NUL_RUN = '\0'.repeat(ZERO_RUN.length);

/**
 * Refuses text holding a run of zero bytes, naming where it starts (`from`: the bytes before these,
 * where known) rather than reading it as a name of NULs; one zero byte alone is read as the rest.
 */
export function checkWritten(file: string, bytes: Uint8Array, from: number | undefined): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.indexOf(ZERO_RUN);
  if (at < 0) return;
  let end = at;
  while (end < buffer.length && buffer[end] === 0) end++;
  const where = from === undefined ? '' : ` from byte ${(from + at).toLocaleString('en-GB')}`;
  throw new InputError(
    file,
    undefined,
    `holds ${(end - at).toLocaleString('en-GB')} zero bytes (NUL)${where} where there should be text: the file was not completely written`,
    'A crash, a full disk or an interrupted copy leaves a file so: export or copy it again (from the original, if this is a copy).',
  );
}
