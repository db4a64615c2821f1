import type { AuditWarning } from '../model/report.js';
import type { WarningCode } from '../model/reasons.js';

/** Collects warnings in the order they arise; the same warning twice is kept once. */
export class WarningSink {
  private readonly seen = new Set<string>();
  readonly list: AuditWarning[] = [];

  add(code: WarningCode, message: string, source?: string): void {
    const key = `${code}\u0000${message}\u0000${source ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(source === undefined ? { code, message } : { code, message, source });
  }
}
