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
  const findings = sorted.findings.map(
    ({ number: _number, reportTo: _reportTo, change: _change, level, ...rest }, i): Finding => ({
      number: i + 1,
      level,
      reportTo: reportToFor(rest.staff.role).reportTo,
      ...rest,
    }),
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

function withChangeAfterLevel({ number, level, change, ...rest }: Finding): Finding {
  return { number, level, change, ...rest } as Finding;
}
