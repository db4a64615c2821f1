import type { AuditReport, ConnectionRef, Finding, ResolvedFinding, ResolvedWhy } from '../model/report.js';
import { foldName } from '../normalise/names.js';

/**
 * The same connection from one term to the next: member of staff, pupil, platform and account.
 * The account is its handle (username, or else the profile link), so that a renamed display name
 * is still the same connection; the display name counts only where there is no handle.
 */
export function termKey(
  staffId: string,
  pupilId: string,
  connection: Pick<ConnectionRef, 'platform' | 'username' | 'profileUrl' | 'name'>,
): string {
  return [staffId, pupilId, connection.platform.trim().toLowerCase(), accountKey(connection)].join('\u0000');
}

function accountKey(connection: Pick<ConnectionRef, 'username' | 'profileUrl' | 'name'>): string {
  const username = connection.username?.trim().replace(/^@/, '').toLowerCase();
  if (username) return `@${username}`;
  const url = connection.profileUrl
    ?.trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^(www|m|mobile)\./, '')
    .replace(/[/?#]+$/, '');
  if (url) return `<${url}>`;
  return foldName(connection.name ?? '');
}

export interface ComparedFindings {
  findings: Finding[];
  resolved: ResolvedFinding[];
}

/**
 * Marks each finding new or continuing against an earlier audit's, and says why each earlier
 * finding no longer reported has gone: a family link recorded since, a dismissal at review, a
 * pupil the policy no longer covers (a former pupil now 18 or over), or else the connection is gone.
 */
export function compareWithPrevious(
  current: Pick<AuditReport, 'findings' | 'exempted' | 'dismissed'>,
  previous: Pick<AuditReport, 'findings'>,
  inScope: (pupilId: string) => boolean,
): ComparedFindings {
  const before = new Set(previous.findings.map((f) => termKey(f.staff.id, f.pupil.id, f.connection)));
  const now = new Set(current.findings.map((f) => termKey(f.staff.id, f.pupil.id, f.connection)));
  const findings = current.findings.map(
    (f): Finding => ({
      ...f,
      change: before.has(termKey(f.staff.id, f.pupil.id, f.connection)) ? 'continuing' : 'new',
    }),
  );
  const linked = new Set(current.exempted.map((e) => `${e.staff.id}\u0000${e.pupil.id}`));
  const dismissed = new Set(current.dismissed.map((d) => termKey(d.staff.id, d.pupil.id, d.connection)));
  const why = (f: Finding, key: string): ResolvedWhy => {
    if (linked.has(`${f.staff.id}\u0000${f.pupil.id}`)) return 'family link recorded';
    if (dismissed.has(key)) return 'dismissed at review';
    if (!inScope(f.pupil.id)) return 'pupil no longer in scope';
    return 'connection gone';
  };
  const resolved: ResolvedFinding[] = [];
  for (const [i, f] of previous.findings.entries()) {
    const key = termKey(f.staff.id, f.pupil.id, f.connection);
    if (now.has(key)) continue;
    resolved.push({
      staff: f.staff,
      pupil: f.pupil,
      connection: f.connection,
      why: why(f, key),
      previousNumber: f.number ?? i + 1,
    });
  }
  return { findings, resolved };
}
