import type { AuditReport, Finding } from '../model/report.js';
import { reportToFor } from '../policy/reportTo.js';
import { compareWithPrevious } from './compareWithPrevious.js';
import { sortReport } from './sortReport.js';

export interface FinishOptions {
  /** The earlier audit's report (`--compare`). */
  previous?: AuditReport;
  /** Whether a pupil is still covered by the policy on this audit's date (for why a finding has gone). */
  inScope?: (pupilId: string) => boolean;
}

/**
 * The report in its final order, each finding numbered (1… as `review --finding N` takes it) and
 * routed to whom it must go to, and with an earlier report, what has changed since.
 */
export function finishReport(report: AuditReport, options: FinishOptions = {}): AuditReport {
  const sorted = sortReport(report);
  // Numbers, routing and change are this report's own, whatever a finding carried in.
  const findings = withSameAccount(
    sorted.findings.map(
      ({ number: _number, reportTo: _reportTo, change: _change, sameAccount: _same, level, ...rest }, i): Finding => ({
        number: i + 1,
        level,
        reportTo: reportToFor(rest.staff.role).reportTo,
        ...rest,
      }),
    ),
  );
  if (!options.previous) return { ...sorted, findings };
  const compared = compareWithPrevious({ ...sorted, findings }, options.previous, options.inScope ?? (() => true));
  const change = {
    since: options.previous.auditDate,
    new: compared.findings.filter((f) => f.change === 'new').length,
    continuing: compared.findings.filter((f) => f.change === 'continuing').length,
    resolved: compared.resolved.length,
  };
  const { coverage, warnings, ...rest } = sorted;
  // `resolved` sits beside the other lists of connections, before coverage and warnings.
  return {
    ...rest,
    summary: { ...sorted.summary, change },
    findings: compared.findings.map(withChangeAfterLevel),
    resolved: compared.resolved,
    coverage,
    warnings,
  };
}

/**
 * Each finding told the numbers of the others showing the same account (platform and handle) as the
 * same pupil on other staff members' lists: one account, one decision, and a pupil connected to
 * several staff is what the Designated Safeguarding Lead needs to see whole. Without a handle, two
 * people of one name are not one account.
 */
function withSameAccount(findings: Finding[]): Finding[] {
  const byAccount = new Map<string, Finding[]>();
  for (const f of findings) {
    const handle = f.connection.username || f.connection.profileUrl;
    if (!handle) continue;
    const key = `${f.connection.platform}\u0000${handle}\u0000${f.pupil.id}`;
    const group = byAccount.get(key);
    if (group) group.push(f);
    else byAccount.set(key, [f]);
  }
  for (const group of byAccount.values()) {
    if (new Set(group.map((f) => f.staff.id)).size < 2) continue;
    for (const f of group) f.sameAccount = group.filter((o) => o.staff.id !== f.staff.id).map((o) => o.number!);
  }
  return findings;
}

function withChangeAfterLevel({ number, level, change, ...rest }: Finding): Finding {
  return { number, level, change, ...rest } as Finding;
}
