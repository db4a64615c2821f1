import type { AuditWarning } from '../model/report.js';
import type { Warning } from '../model/warnings.js';
import { toAuditWarning } from '../report/warningWording.js';

/** Collects warnings in the order they arise, each worded once; the same warning twice is kept once. */
export class WarningSink {
  private readonly seen = new Set<string>();
  readonly list: AuditWarning[] = [];

  add(warning: Warning, source?: string): void {
    const key = `${warning.code}\u0000${JSON.stringify(warning.args)}\u0000${source ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(toAuditWarning(warning, source));
  }
}
