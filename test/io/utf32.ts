/** Text as UTF-32 (no encoder in Node has it): four bytes a code point, little- or big-endian. */
export function utf32(value: string, bigEndian: boolean): Buffer {
  const points = [...value];
  const out = Buffer.alloc(points.length * 4);
  points.forEach((ch, i) => {
    if (bigEndian) out.writeUInt32BE(ch.codePointAt(0)!, i * 4);
    else out.writeUInt32LE(ch.codePointAt(0)!, i * 4);
  });
  return out;
}
