import type { ExemptionIssue } from '../policy/checkExemptions.js';

/** The people a link names, where the staff list and the roll know them. */
export interface LinkNames {
  staffName?: string;
  pupilName?: string;
}

export function describeExemptionIssue({ code, exemption }: ExemptionIssue, names: LinkNames = {}): string {
  const staff = names.staffName ?? `staff id ${exemption.staffId}`;
  const pupil = names.pupilName ?? `pupil id ${exemption.pupilId}`;
  const link = `the family link between ${staff} and ${pupil}`;
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
