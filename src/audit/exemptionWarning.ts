import type { Warning } from '../model/warnings.js';
import type { ExemptionIssue } from '../policy/checkExemptions.js';

/** The people a link names, where the staff list and the roll know them. */
export interface LinkNames {
  staffName?: string;
  pupilName?: string;
}

/** A family link the policy found wrong, as a warning naming its people where they are known. */
export function exemptionWarning({ code, exemption }: ExemptionIssue, names: LinkNames = {}): Warning {
  const link = { staffId: exemption.staffId, pupilId: exemption.pupilId, ...names };
  if (code === 'EXEMPTION_REVIEW_DUE') return { code, args: { ...link, reviewOn: exemption.reviewOn ?? '' } };
  return { code, args: link };
}
