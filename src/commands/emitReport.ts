import type { AuditReport } from '../model/report.js';
import { writeFileAtomically } from '../io/writeOutput.js';
import { UserError } from '../errors.js';
import { reporters } from '../report/reporters.js';
import type { ReportFormat } from '../report/Reporter.js';
import { wantsColor, type CliIO } from './CliIO.js';

/** Renders a report and sends it to --out (atomically) or standard output. */
export async function emitReport(report: AuditReport, options: { format: ReportFormat; out?: string }, io: CliIO): Promise<void> {
  const reporter = reporters[options.format];
  if (!reporter) throw new UserError(`--format ${options.format} is not available in this version`);
  const toFile = options.out !== undefined;
  const output = await reporter(report, {
    color: !toFile && options.format === 'text' && wantsColor(io),
    width: io.stdout.columns ?? 100,
  });
  if (options.out !== undefined) {
    await writeFileAtomically(options.out, output);
    const { flag, review } = report.summary.findings;
    io.stderr.write(`Report written to ${options.out} (${flag} flagged, ${review} for review).\n`);
  } else {
    io.stdout.write(output);
  }
}
