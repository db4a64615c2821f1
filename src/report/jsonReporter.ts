import type { AuditReport } from '../model/report.js';
import { ByteWriter } from './ByteWriter.js';
import { jsonInert } from './inert.js';
import type { Reporter } from './Reporter.js';

/**
 * Items of a list set out by one JSON.stringify: few enough that the text stays below V8's large
 * object size (about 2 KiB a finding): larger texts each take fresh memory from the system, a
 * page fault for every page (measured in docs/performance.md).
 */
const ITEMS_AT_ONCE = 16;
/** Items whose size foretells a list's: findings vary (some list hundreds of candidates). */
const ITEMS_SAMPLED = 256;

/**
 * The contract's JSON report: the AuditReport itself, keys in a stable order, exactly as
 * `JSON.stringify(report, null, 2)` writes it (but for terminal controls in names, escaped: `jsonInert`),
 * made a part at a time into bytes (see ByteWriter), since a trust's report holds tens of thousands of findings.
 */
export const jsonReporter: Reporter = (report) => {
  const out = new ByteWriter(expectedBytes(report));
  for (const part of jsonParts(report)) out.write(part);
  return out.bytes();
};

/**
 * The JSON report's text in parts, in order, for a writer to send to a file as they come
 * (emitReport): a trust's report is tens of megabytes, never held whole.
 */
export function* jsonParts(report: AuditReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined) as [string, unknown][];
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    yield i === 0 ? '\n  ' : ',\n  ';
    if (!Array.isArray(value) || value.length <= ITEMS_AT_ONCE) {
      yield jsonInert(member(key, value));
      continue;
    }
    yield `${JSON.stringify(key)}: [\n    `;
    for (let at = 0; at < value.length; at += ITEMS_AT_ONCE) {
      if (at > 0) yield ',\n    ';
      yield jsonInert(items(value.slice(at, at + ITEMS_AT_ONCE)));
    }
    yield '\n  ]';
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}

/** `"key": value` as it stands in the report, one level in: JSON.stringify indents it itself. */
function member(key: string, value: unknown): string {
  const text = JSON.stringify({ [key]: value }, null, 2);
  return text.slice('{\n  '.length, -'\n}'.length);
}

/** List items as they stand in a list of the report, two levels in, separated as there. */
function items(list: unknown[]): string {
  const text = JSON.stringify({ x: list }, null, 2);
  return text.slice('{\n  "x": [\n    '.length, -'\n  ]\n}'.length);
}

/**
 * The report's size judged from the first items of each list, with a quarter to spare: a report
 * a little over the estimate grows the buffer by half again, a copy at the peak (+40 MiB on the
 * bench's trust), while room allocated and never written costs no memory.
 */
function expectedBytes(report: AuditReport): number {
  let bytes = 4096;
  for (const value of Object.values(report)) {
    if (!Array.isArray(value) || value.length === 0) continue;
    const sample = value.slice(0, ITEMS_SAMPLED);
    bytes += (Buffer.byteLength(JSON.stringify(sample, null, 2)) / sample.length) * value.length * 1.25;
  }
  return bytes;
}
