/**
 * Text gathered as UTF-8 bytes in one growing buffer. For reports of tens of megabytes: one string
 * of the whole, then its bytes for the file, held the report twice over (and V8 builds a long
 * string from parts first): for a trust's JSON report that was the audit's memory peak.
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  /**
   * @param expected about how many bytes will be written: room for them is made at once, since
   *   every fresh page of memory costs a fault (and growing by copying touches each twice).
   */
  constructor(expected = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(Math.max(1024, Math.ceil(expected)));
  }

  write(text: string): void {
    // A UTF-16 unit is at most three bytes of UTF-8: room for that, and the write never falls short.
    const room = this.length + text.length * 3;
    if (room > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, Math.ceil(this.buffer.length * 1.5)));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
