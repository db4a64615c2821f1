import { InputError, quote } from '../errors.js';
import { REASON_CODES, WARNING_CODES } from '../model/reasons.js';
import { REPORT_TO, RESOLVED_WHY } from '../model/report.js';
import { isIsoDate } from '../normalise/dates.js';

/** What to do with a file that is not a saved report this version reads. */
export const SAVED_REPORT_HINT = 'Give a report the audit saved as JSON, unedited; or run the audit again.';

const LEVELS = ['flag', 'review'];
const STATUSES = ['current', 'former'];
const DECISIONS = ['confirm', 'dismiss', 'family'];
const CHANGES = ['new', 'continuing'];

/** Checks the shape the reporters rely on in a saved report's JSON, naming the first place that is wrong. */
export class ReportShape {
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
    throw new InputError(this.file, undefined, `${at} ${problem}`, SAVED_REPORT_HINT);
  }
}
