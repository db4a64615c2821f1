import type { Finding } from '../model/report.js';
import type { WarningSink } from './WarningSink.js';

/**
 * One connection on a member of staff's lists twice (this term's download handed in beside last month's, one list
 * exported twice, a row copied) was two findings: a colleague's one connection counted as two flags, in the
 * governors' counts too. Kept once, where first listed, with a warning naming where else it is. Only the very same
 * connection: its member of staff, platform, account, relationship and date, and the pupil and level it was found as.
 */
export function connectionsOnce(findings: readonly Finding[], warnings: WarningSink): Finding[] {
  const first = new Map<string, Finding>();
  const again = new Map<Finding, string[]>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const key = sameConnection(finding);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, finding);
      kept.push(finding);
    } else again.set(earlier, [...(again.get(earlier) ?? []), finding.connection.source]);
  }
  for (const [finding, againAt] of again) {
    const { staff, pupil, connection } = finding;
    const account = connection.username ? `@${connection.username}` : (connection.name ?? connection.profileUrl ?? '');
    warnings.add(
      {
        code: 'CONNECTION_LISTED_AGAIN',
        args: {
          staffId: staff.id,
          staffName: staff.name,
          platform: connection.platform,
          account,
          pupilId: pupil.id,
          pupilName: pupil.name,
          firstAt: connection.source,
          againAt,
        },
      },
      againAt[0],
    );
  }
  return kept;
}

function sameConnection({ staff, pupil, level, connection: c }: Finding): string {
  const account = c.username || c.profileUrl || c.name || '';
  return [staff.id, c.platform, account.toLowerCase(), c.relationship, c.connectedOn, pupil.id, level].join('\u0000');
}
