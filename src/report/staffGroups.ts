import type { Finding } from '../model/report.js';
import { groupBy } from './groupBy.js';

/** How the text and PDF reports say the order of `staffGroups`. */
export const STAFF_ORDER = 'staff with a flagged finding first';

/**
 * The findings as the text and PDF reports show them, one group per member of staff: those with a flagged finding
 * first, so that the DSL meets the gravest on the first page, then those with reviews only; each in the report's
 * order (by name, flags before reviews). A member of staff's findings stay together, as the DSL talks them over
 * with that person. The JSON and CSV keep the report's order, so that numbers stay 1, 2, 3… there and each group's
 * numbers run on here.
 */
export function staffGroups(findings: readonly Finding[]): Finding[][] {
  const groups = [...groupBy(findings, (f) => f.staff.id).values()];
  const flagged = (group: Finding[]) => group.some((f) => f.level === 'flag');
  return [...groups.filter(flagged), ...groups.filter((group) => !flagged(group))];
}
