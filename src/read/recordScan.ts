/** Where CSV records end in raw bytes, with quotes read as csv-parse reads them (`relax_quotes`, `trim`). */

export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;

/**
 * Where a cell's quotes begin and end, from the quotes alone (few, next to the bytes): a quote
 * opens a quoted cell only at the start of a cell, as csv-parse's `relax_quotes` reads it, and
 * `""` inside one is a quote. Calls `outside(from, to)` for each stretch outside quotes.
 */
function stretchesOutsideQuotes(
  buffer: Buffer,
  delimiter: number,
  outside: (from: number, to: number) => void,
  trim = false,
): void {
  let inQuotes = false;
  let from = 0;
  let quote = buffer.indexOf(QUOTE);
  while (quote >= 0) {
    if (!inQuotes) {
      let k = quote - 1;
      // With trim, csv-parse opens quotes after spaces at a cell's start too (`a, "b"`).
      if (trim) while (k >= 0 && isBlank(buffer[k]!, delimiter)) k--;
      const before = k < 0 ? LF : buffer[k];
      if (before === LF || before === CR || before === delimiter) {
        outside(from, quote);
        inQuotes = true;
      }
      quote = buffer.indexOf(QUOTE, quote + 1);
    } else if (buffer[quote + 1] === QUOTE) {
      quote = buffer.indexOf(QUOTE, quote + 2);
    } else {
      inQuotes = false;
      from = quote + 1;
      quote = buffer.indexOf(QUOTE, from);
    }
  }
  if (!inQuotes) outside(from, buffer.length);
}

/** Just after the last line break outside quotes, or 0 when there is none. */
export function lastRecordEnd(buffer: Buffer, delimiter: number, trim: boolean): number {
  let end = 0;
  stretchesOutsideQuotes(
    buffer,
    delimiter,
    (from, to) => {
      const at = to > from ? buffer.lastIndexOf(LF, to - 1) : -1;
      if (at >= from) end = at + 1;
    },
    trim,
  );
  return end;
}

/** Just after the first line break outside quotes, or 0 when there is none. */
export function recordEnd(buffer: Buffer, delimiter: number, trim: boolean): number {
  let end = 0;
  stretchesOutsideQuotes(
    buffer,
    delimiter,
    (from, to) => {
      if (end > 0) return;
      const at = buffer.indexOf(LF, from);
      if (at >= 0 && at < to) end = at + 1;
    },
    trim,
  );
  return end;
}

/** Where a scan of one record stands: in quotes or not, and the lines it has crossed. */
export interface RecordScan {
  inQuotes: boolean;
  /** A quote inside quotes was the last byte: it closes them unless another follows. */
  quoteSeen: boolean;
  previous: number;
  lines: number;
  /** Lines crossed before the open quote. */
  quoteLines: number;
  /** csv-parse's `trim`: spaces before a quote do not stop it opening a cell. */
  trim: boolean;
}

function newScan(trim: boolean): RecordScan {
  return { inQuotes: false, quoteSeen: false, previous: LF, lines: 0, quoteLines: 0, trim };
}

export function isBlank(byte: number, delimiter: number): boolean {
  return (byte === 0x20 || byte === 0x09) && byte !== delimiter;
}

/** A record cut at a chunk's end, copied, and scanned as far as it goes. */
export function startRecord(
  carry: Buffer,
  delimiter: number,
  trim: boolean,
): { parts: Buffer[]; length: number; scan: RecordScan } {
  const scan = newScan(trim);
  scanRecord(carry, 0, scan, delimiter);
  return { parts: [Buffer.from(carry)], length: carry.length, scan };
}

/**
 * Reads on in a record from `from`, byte by byte (used only for a record's edges), with quotes as
 * `stretchesOutsideQuotes` reads them: the line feed that ends it, or -1, `scan` then holding where it stands.
 */
export function scanRecord(bytes: Uint8Array, from: number, scan: RecordScan, delimiter: number): number {
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (scan.inQuotes) {
      if (!scan.quoteSeen) {
        if (byte === QUOTE) scan.quoteSeen = true;
        else if (byte === LF) scan.lines++;
        continue;
      }
      scan.quoteSeen = false;
      if (byte === QUOTE) continue;
      scan.inQuotes = false;
      scan.previous = QUOTE;
    }
    if (byte === LF) return i;
    if (byte === QUOTE && (scan.previous === LF || scan.previous === CR || scan.previous === delimiter)) {
      scan.inQuotes = true;
      scan.quoteLines = scan.lines;
    }
    if (!scan.trim || !isBlank(byte, delimiter)) scan.previous = byte;
  }
  return -1;
}

/** The scan of a file's last piece at its end, with its lines counted from the piece's start (only when it ends in quotes). */
export function scanRecords(buffer: Buffer, delimiter: number, trim: boolean): RecordScan {
  if (lastRecordEnd(buffer, delimiter, trim) === buffer.length || !endsInQuotes(buffer, delimiter, trim))
    return newScan(trim);
  let lines = 0;
  for (let from = 0; ; ) {
    const scan = newScan(trim);
    const end = scanRecord(buffer, from, scan, delimiter);
    if (end < 0) return { ...scan, quoteLines: lines + scan.quoteLines };
    lines += 1 + scan.lines;
    from = end + 1;
  }
}

function endsInQuotes(buffer: Buffer, delimiter: number, trim: boolean): boolean {
  let outside = false;
  stretchesOutsideQuotes(buffer, delimiter, (_from, to) => (outside = to === buffer.length), trim);
  return !outside;
}

export function countLineBreaks(buffer: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = buffer.indexOf(LF, from); at >= 0 && at < to; at = buffer.indexOf(LF, at + 1)) count++;
  return count;
}
