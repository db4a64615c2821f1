import type { WarningCode } from '../model/reasons.js';
import type { Exemption, Pupil } from '../model/records.js';
import type { PupilScope } from './pupilScope.js';

export interface ExemptionIssue {
  code: Extract<
    WarningCode,
    'EXEMPTION_UNKNOWN_STAFF' | 'EXEMPTION_UNKNOWN_PUPIL' | 'EXEMPTION_REVIEW_DUE' | 'EXEMPTION_PUPIL_OUT_OF_SCOPE'
  >;
  exemption: Exemption;
}

/**
 * Declared links that need the Headteacher's attention: ones naming nobody we know (a typo
 * would silently exempt nothing), ones past their review date, and ones for pupils the policy
 * no longer covers (safe to remove).
 */
export function checkExemptions(
  exemptions: readonly Exemption[],
  context: {
    auditDate: string;
    pupilById: (id: string) => Pupil | undefined;
    scopeOf: (pupil: Pupil) => PupilScope;
    /** Undefined when there is no staff list to check against. */
    isKnownStaff: ((id: string) => boolean) | undefined;
  },
): ExemptionIssue[] {
  const issues: ExemptionIssue[] = [];
  for (const exemption of exemptions) {
    if (context.isKnownStaff && !context.isKnownStaff(exemption.staffId))
      issues.push({ code: 'EXEMPTION_UNKNOWN_STAFF', exemption });
    const pupil = context.pupilById(exemption.pupilId);
    if (!pupil) issues.push({ code: 'EXEMPTION_UNKNOWN_PUPIL', exemption });
    else if (!context.scopeOf(pupil).inScope) issues.push({ code: 'EXEMPTION_PUPIL_OUT_OF_SCOPE', exemption });
    if (exemption.reviewOn && exemption.reviewOn <= context.auditDate)
      issues.push({ code: 'EXEMPTION_REVIEW_DUE', exemption });
  }
  return issues;
}
