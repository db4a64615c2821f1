import { InputError, quote } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';
import { REASON_CODES, WARNING_CODES } from '../model/reasons.js';
import { type AuditReport, type Finding, REPORT_TO, RESOLVED_WHY } from '../model/report.js';
import { isIsoDate } from '../normalise/dates.js';
import { reportToFor } from '../policy/reportTo.js';
import { VERSION } from '../version.js';
import { fileLooksLike } from './fileLooksLike.js';

const HINT = 'Give a report the audit saved as JSON, unedited; or run the audit again.';

/**
 * Reads a report saved with `--format json`, so it can be rendered again (PDF, redacted) without
 * re-running the audit. Anything that is not such a report, or one this version cannot read, is
 * an InputError naming the file and what is wrong, never a stack trace from deep in a reporter.
 */
export async function readAuditJson(source: TextSource): Promise<AuditReport> {
  const text = await source.text();
  if (text.trim() === '') throw new InputError(source.name, undefined, 'is empty, not a saved audit report', HINT);
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
      HINT,
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
      HINT,
    );
  }
  checkVersion(source.name, tool.version);
  new Check(source.name).report(root);
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
    throw new InputError(file, undefined, `has no readable tool version (${quote(String(version))})`, HINT);
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

const LEVELS = ['flag', 'review'];
const STATUSES = ['current', 'former'];
const DECISIONS = ['confirm', 'dismiss', 'family'];
const CHANGES = ['new', 'continuing'];

/** Checks the shape the reporters rely on, naming the first place that is wrong. */
class Check {
  constructor(private readonly file: string) {}

  report(root: Record<string, unknown>): void {
    if (typeof root.auditDate !== 'string' || !isIsoDate(root.auditDate))
      this.fail('auditDate', `is ${this.show(root.auditDate)}, not a YYYY-MM-DD date`);
    const summary = this.object(root.summary, 'summary');
    for (const key of ['staff', 'connections', 'staffWithFindings', 'exempted', 'warnings'])
      this.number(summary[key], `summary.${key}`);
    const pupils = this.object(summary.pupils, 'summary.pupils');
    for (const key of ['current', 'former', 'formerInScope']) this.number(pupils[key], `summary.pupils.${key}`);
    const findings = this.object(summary.findings, 'summary.findings');
    for (const key of ['flag', 'review', 'total']) this.number(findings[key], `summary.findings.${key}`);
    summary.dismissed ??= 0;
    if (summary.change !== undefined) {
      const change = this.object(summary.change, 'summary.change');
      if (typeof change.since !== 'string' || !isIsoDate(change.since))
        this.fail('summary.change.since', `is ${this.show(change.since)}, not a YYYY-MM-DD date`);
      for (const key of ['new', 'continuing', 'resolved']) this.number(change[key], `summary.change.${key}`);
    }

    if (root.onlySchool !== undefined) {
      const only = this.object(root.onlySchool, 'onlySchool');
      this.string(only.school, 'onlySchool.school');
      for (const key of ['schools', 'warningsLeftOut']) this.number(only[key], `onlySchool.${key}`);
    }
    this.list(root.findings, 'findings', (item, at) => {
      this.oneOf(item.level, LEVELS, `${at}.level`);
      if (item.number !== undefined) this.number(item.number, `${at}.number`);
      if (item.change !== undefined) this.oneOf(item.change, CHANGES, `${at}.change`);
      if (item.reportTo !== undefined) this.oneOf(item.reportTo, REPORT_TO, `${at}.reportTo`);
      this.finding(item, at);
      this.number(item.score, `${at}.score`);
      this.list(item.reasons, `${at}.reasons`, undefined, (code, p) => this.oneOf(code, REASON_CODES, p));
      if (item.otherCandidates !== undefined)
        this.list(item.otherCandidates, `${at}.otherCandidates`, (c, p) => this.pupil(c.pupil, `${p}.pupil`));
      if (item.sameAccount !== undefined)
        this.list(item.sameAccount, `${at}.sameAccount`, undefined, (n, p) => this.number(n, p));
    });
    this.list(
      root.exempted,
      'exempted',
      (item, at) => {
        this.finding(item, at);
        const exemption = this.object(item.exemption, `${at}.exemption`);
        for (const key of ['staffId', 'pupilId', 'relationship']) this.string(exemption[key], `${at}.exemption.${key}`);
        for (const key of ['recordedOn', 'reviewOn']) this.date(exemption[key], `${at}.exemption.${key}`);
      },
      undefined,
      true,
    );
    this.list(
      root.dismissed,
      'dismissed',
      (item, at) => {
        this.finding(item, at);
        const decision = this.object(item.decision, `${at}.decision`);
        this.oneOf(decision.decision, DECISIONS, `${at}.decision.decision`);
        this.date(decision.decidedOn, `${at}.decision.decidedOn`);
      },
      undefined,
      true,
    );
    this.list(
      root.resolved,
      'resolved',
      (item, at) => {
        this.finding(item, at);
        this.oneOf(item.why, RESOLVED_WHY, `${at}.why`);
      },
      undefined,
      true,
    );
    this.list(
      root.coverage,
      'coverage',
      (item, at) => {
        this.staff(item.staff, `${at}.staff`);
        this.object(item.platforms, `${at}.platforms`);
        this.number(item.connections, `${at}.connections`);
      },
      undefined,
      true,
    );
    this.list(
      root.warnings,
      'warnings',
      (item, at) => {
        this.oneOf(item.code, WARNING_CODES, `${at}.code`);
        this.string(item.message, `${at}.message`);
        if (item.args !== undefined) this.object(item.args, `${at}.args`);
      },
      undefined,
      true,
    );
  }

  /** The staff, pupil and connection every kind of entry has. */
  private finding(item: Record<string, unknown>, at: string): void {
    this.staff(item.staff, `${at}.staff`);
    this.pupil(item.pupil, `${at}.pupil`);
    const connection = this.object(item.connection, `${at}.connection`);
    this.string(connection.platform, `${at}.connection.platform`);
    this.string(connection.source, `${at}.connection.source`);
    this.date(connection.connectedOn, `${at}.connection.connectedOn`);
    if (item.decision !== undefined)
      this.date(this.object(item.decision, `${at}.decision`).decidedOn, `${at}.decision.decidedOn`);
  }

  private staff(value: unknown, at: string): void {
    const staff = this.object(value, at);
    this.string(staff.id, `${at}.id`);
    this.string(staff.name, `${at}.name`);
    if (staff.school !== undefined) this.string(staff.school, `${at}.school`);
  }

  private pupil(value: unknown, at: string): void {
    const pupil = this.object(value, at);
    this.string(pupil.id, `${at}.id`);
    this.string(pupil.name, `${at}.name`);
    this.oneOf(pupil.status, STATUSES, `${at}.status`);
    if (pupil.age !== null) this.number(pupil.age, `${at}.age`);
    for (const key of ['dob', 'leavingDate']) this.date(pupil[key], `${at}.${key}`);
  }

  object(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(at, `is ${this.show(value)}, not an object`);
    return value as Record<string, unknown>;
  }

  private list(
    value: unknown,
    at: string,
    each?: (item: Record<string, unknown>, at: string) => void,
    eachValue?: (item: unknown, at: string) => void,
    optional = false,
  ): void {
    if (value === undefined && optional) return;
    if (!Array.isArray(value)) this.fail(at, `is ${this.show(value)}, not a list`);
    value.forEach((item, i) => {
      const path = `${at}[${i}]`;
      if (each) each(this.object(item, path), path);
      eachValue?.(item, path);
    });
  }

  private string(value: unknown, at: string): void {
    if (typeof value !== 'string') this.fail(at, `is ${this.show(value)}, not text`);
  }

  /** A date the reporters format: absent, or YYYY-MM-DD and real. */
  private date(value: unknown, at: string): void {
    if (value !== undefined && (typeof value !== 'string' || !isIsoDate(value)))
      this.fail(at, `is ${this.show(value)}, not a YYYY-MM-DD date`);
  }

  private number(value: unknown, at: string): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at, `is ${this.show(value)}, not a number`);
  }

  private oneOf(value: unknown, allowed: readonly string[], at: string): void {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      const choices = allowed.length <= 4 ? allowed.map((a) => `"${a}"`).join(' or ') : 'a code this version knows';
      this.fail(at, `is ${this.show(value)}, not ${choices}`);
    }
  }

  private show(value: unknown): string {
    if (value === undefined) return 'missing';
    return typeof value === 'string' ? quote(value) : (JSON.stringify(value)?.slice(0, 40) ?? String(value));
  }

  private fail(at: string, problem: string): never {
    throw new InputError(this.file, undefined, `${at} ${problem}`, HINT);
  }
}
