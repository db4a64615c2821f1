import type { ExemptionIssue } from '../policy/checkExemptions.js';

export function describeExemptionIssue({ code, exemption }: ExemptionIssue): string {
  const link = `the family link between staff ${exemption.staffId} and pupil ${exemption.pupilId}`;
  switch (code) {
    case 'EXEMPTION_UNKNOWN_STAFF':
      return `${link} names a staff id that is not on the staff list, so it exempts nothing; check the id`;
    case 'EXEMPTION_UNKNOWN_PUPIL':
      return `${link} names a pupil id that is on neither the roll nor the leavers list, so it exempts nothing; check the id`;
    case 'EXEMPTION_REVIEW_DUE':
      return `${link} was due for review on ${exemption.reviewOn}; confirm it still applies`;
    case 'EXEMPTION_PUPIL_OUT_OF_SCOPE':
      return `${link} is no longer needed: the pupil is a former pupil aged 18 or over; it can be removed`;
  }
}
