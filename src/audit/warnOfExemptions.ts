import type { Exemption, StaffMember } from '../model/records.js';
import type { Warning } from '../model/warnings.js';
import { checkExemptions, type ExemptionIssue } from '../policy/checkExemptions.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import { linksOnce } from './linksOnce.js';
import type { WarningSink } from './WarningSink.js';

/** The people a link names, where the staff list and the roll know them. */
interface LinkNames {
  staffName?: string;
  pupilName?: string;
}

/** A family link the policy found wrong, as a warning naming its people where they are known. */
function exemptionWarning({ code, exemption }: ExemptionIssue, names: LinkNames = {}): Warning {
  const link = { staffId: exemption.staffId, pupilId: exemption.pupilId, ...names };
  if (code === 'EXEMPTION_REVIEW_DUE') return { code, args: { ...link, reviewOn: exemption.reviewOn ?? '' } };
  return { code, args: link };
}

/** Every family link the policy finds wrong (each link once, however many rows record it), warned of at its row. */
export function warnOfExemptions(
  exemptions: readonly Exemption[],
  warnings: WarningSink,
  context: Parameters<typeof checkExemptions>[1] & { staff: readonly StaffMember[] },
): void {
  const issues = checkExemptions(
    linksOnce(exemptions).map((link) => link.exemption),
    context,
  );
  for (const issue of issues) {
    const where = issue.exemption.source ? `${issue.exemption.source.file}:${issue.exemption.source.line}` : undefined;
    const member = context.staff.find((m) => m.id === issue.exemption.staffId);
    const pupil = context.pupilById(issue.exemption.pupilId);
    warnings.add(
      exemptionWarning(issue, {
        ...(member ? { staffName: member.name } : {}),
        ...(pupil ? { pupilName: pupilDisplayName(pupil) } : {}),
      }),
      where,
    );
  }
}
