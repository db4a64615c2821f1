import type { ReportTo } from '../model/report.js';

/**
 * Roles, as staff.csv writes them, that change whom a concern goes to. The policy sends concerns
 * to the Designated Safeguarding Lead; one about the Headteacher goes to the chair of governors,
 * and one about the DSL to the Headteacher. A qualifier (deputy, assistant…) makes it another role.
 */
const HEADTEACHER = /^(?:acting |interim |executive )?(?:head ?teacher|head ?mistress|head ?master|head|principal)$/;
const DSL = /^(?:dsl|designated safeguarding lead)$/;
const CHAIR = /^(?:chair|chair of (?:the )?(?:governors|governing (?:body|board)|trustees))$/;

const ROLE_PATTERNS: readonly { route: ReportTo; about: RoleKind; pattern: RegExp }[] = [
  { about: 'Headteacher', route: 'Chair of Governors', pattern: HEADTEACHER },
  { about: 'Designated Safeguarding Lead', route: 'Headteacher', pattern: DSL },
];

/** Roles the next steps name a person for: whoever receives a routed finding. */
const RECIPIENT_PATTERNS: Record<ReportTo, RegExp> = {
  'Chair of Governors': CHAIR,
  Headteacher: HEADTEACHER,
  'Designated Safeguarding Lead': DSL,
};

export type RoleKind = 'Headteacher' | 'Designated Safeguarding Lead';

/** The parts of a free-text role: "Deputy Head, DSL (Year 6)" → ["deputy head", "dsl", "year 6"]. */
function roleParts(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[,;/&()+]|\band\b/)
    .map((part) => part.replace(/\./g, '').replace(/[-–]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Whom a finding about a member of staff with this role goes to, and what the role is that routes it. */
export function reportToFor(role: string | undefined): { reportTo: ReportTo; about?: RoleKind } {
  const parts = role ? roleParts(role) : [];
  for (const { route, about, pattern } of ROLE_PATTERNS) {
    if (parts.some((part) => pattern.test(part))) return { reportTo: route, about };
  }
  return { reportTo: 'Designated Safeguarding Lead' };
}

/** Whether a role makes its holder the person a routed finding is given to. */
export function holdsRecipientRole(role: string | undefined, recipient: ReportTo): boolean {
  return role !== undefined && roleParts(role).some((part) => RECIPIENT_PATTERNS[recipient].test(part));
}
