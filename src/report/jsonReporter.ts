import { ByteWriter } from './ByteWriter.js';
import type { Reporter } from './Reporter.js';

/**
 * The contract's JSON report: the AuditReport itself, keys in a stable order, exactly as
 * `JSON.stringify(report, null, 2)` writes it, but made a list item at a time into bytes (see
 * ByteWriter), since a trust's report holds tens of thousands of findings.
 */
export const jsonReporter: Reporter = (report) => {
  const out = new ByteWriter();
  out.write('{');
  let first = true;
  for (const [key, value] of Object.entries(report) as [string, unknown][]) {
    if (value === undefined) continue;
    out.write(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      out.write('[');
      value.forEach((item, i) => out.write(`${i === 0 ? '' : ','}\n    ${indented(item, '    ')}`));
      out.write('\n  ]');
    } else {
      out.write(indented(value, '  '));
    }
  }
  out.write(first ? '}\n' : '\n}\n');
  return out.bytes();
};

/** A value as JSON.stringify sets it out, nested `pad` deeper (its strings hold no raw line breaks). */
function indented(value: unknown, pad: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${pad}`);
}
