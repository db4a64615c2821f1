import { InputError, quote } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';
import type { AuditReport, Finding } from '../model/report.js';
import { reportToFor } from '../policy/reportTo.js';
import { VERSION } from '../version.js';
import { fileLooksLike } from './fileLooksLike.js';
import { ReportShape, SAVED_REPORT_HINT } from './ReportShape.js';

/**
 * Reads a report saved with `--format json`, so it can be rendered again (PDF, redacted) without
 * re-running the audit. Anything that is not such a report, or one this version cannot read, is
 * an InputError naming the file and what is wrong, never a stack trace from deep in a reporter.
 */
export async function readAuditJson(source: TextSource): Promise<AuditReport> {
  const text = await source.text();
  if (text.trim() === '')
    throw new InputError(source.name, undefined, 'is empty, not a saved audit report', SAVED_REPORT_HINT);
  const other = otherReport(text);
  if (other) throw new InputError(source.name, undefined, other, SAVE_JSON);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, reason } = describeJsonError(text, error);
    throw new InputError(
      source.name,
      line,
      `is not valid JSON (${reason}): the file may have been cut short or edited`,
      SAVED_REPORT_HINT,
    );
  }
  const root = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  const tool = root.tool as { name?: unknown; version?: unknown } | undefined;
  if (typeof tool !== 'object' || tool === null || tool.name !== 'social-audit') {
    throw new InputError(
      source.name,
      undefined,
      'is not a social-audit report (it has no "tool": {"name": "social-audit"})',
      SAVED_REPORT_HINT,
    );
  }
  checkVersion(source.name, tool.version);
  new ReportShape(source.name).report(root);
  for (const key of ['exempted', 'dismissed', 'coverage', 'warnings']) root[key] ??= [];
  // Reports written before findings were numbered and routed: as the audit would have.
  (root.findings as Finding[]).forEach((finding, i) => {
    finding.number ??= i + 1;
    finding.reportTo ??= reportToFor(finding.staff.role).reportTo;
  });
  return root as unknown as AuditReport;
}

/** Reports are readable by any version with the same major version (the same minor one before 1.0). */
function checkVersion(file: string, version: unknown): void {
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) {
    throw new InputError(
      file,
      undefined,
      `has no readable tool version (${quote(String(version))})`,
      SAVED_REPORT_HINT,
    );
  }
  const [theirs, ours] = [version, VERSION].map((v) => v.split('.').slice(0, 2).map(Number) as [number, number]);
  const compatible = theirs![0] === ours![0] && (ours![0] > 0 || theirs![1] === ours![1]);
  if (compatible) return;
  const newer = theirs![0] > ours![0] || (theirs![0] === ours![0] && theirs![1] > ours![1]);
  throw new InputError(
    file,
    undefined,
    newer
      ? `was written by social-audit ${version}, newer than this version (${VERSION}), which cannot read it`
      : `was written by social-audit ${version}, whose reports this version (${VERSION}) cannot read`,
    newer ? 'Upgrade social-audit to render it.' : 'Run the audit again with this version.',
  );
}

const SAVE_JSON =
  'Give the audit’s report saved as JSON: `social-audit audit FOLDER --format json --out audit.json` saves it.';
const NOT_JSON = 'not the JSON one the audit saves for scripts';

/**
 * What a file that is no JSON is instead: the audit's other reports (the PDF the governors had, the text on
 * screen, the CSV, also as a spreadsheet saved it again), a table of the audit's folder, or what the file
 * itself starts like; "not valid JSON" would only send the person looking for a broken brace.
 */
function otherReport(text: string): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('%PDF-')) return `is the PDF report, ${NOT_JSON}`;
  if (start.startsWith('Social networking audit')) return `is the text report, ${NOT_JSON}`;
  if (/^"?level"?[,;\t]"?staff_id"?[,;\t]/.test(start)) return `is the CSV report, ${NOT_JSON}`;
  const looks = fileLooksLike(start);
  if (looks) return `is ${looks.what}, not the audit’s report saved as JSON`;
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0]!;
  // A table's header is printable text: a line holding an escape is something else, said as JSON's error says it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  if (!/^[{[]/.test(start) && /[,;\t]/.test(firstLine) && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(firstLine))
    return `is a table (its first line reads ${quote(firstLine.slice(0, 40))}), not the audit’s report saved as JSON`;
  return undefined;
}

function describeJsonError(text: string, error: unknown): { line: number | undefined; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const reason =
    oneLine(message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '')) || 'unreadable';
  if (!position) return { line: /end of JSON input/.test(message) ? text.split('\n').length : undefined, reason };
  return { line: text.slice(0, Number(position[1])).split('\n').length, reason };
}

/**
 * V8 quotes the file's own text raw (`Unexpected token 'h', "hello⏎worl"... is not valid JSON`): a
 * line break or terminal escape in it would break or act on the message. Quoted as `quote` does, on one line.
 */
function oneLine(reason: string): string {
  const snippet = /^Unexpected token '([\s\S]*?)', (?:\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(reason);
  if (snippet) return `unexpected ${quote(snippet[1]!)} near ${quote(snippet[2]!)}`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a message quoting the file some other way.
  return /[\u0000-\u001f]/.test(reason) ? quote(reason).slice(1, -1) : reason;
}
