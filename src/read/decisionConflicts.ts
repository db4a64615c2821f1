import type { Decision, DecisionKind } from '../model/records.js';
import type { DecisionsDisagreeArgs, Warning } from '../model/warnings.js';

/** Decisions that say the account is this pupil (as family, as a former pupil now grown up, or plainly). */
const IDENTIFYING: readonly DecisionKind[] = ['confirm', 'family', 'adult'];

export interface SettledDecisions {
  /** One decision a key: a repeat deciding the same way replaces the earlier row. */
  decisions: Decision[];
  /** Rows that contradict each other, set aside until the account is decided again. */
  conflicts: DecisionsDisagreeArgs[];
}

/**
 * The rows of decisions.csv as one decision each, setting aside rows that contradict each other: two rows
 * for one account and pupil deciding differently, or one account taken to be two pupils (it is one person).
 * The tool writes one row a key, so such rows come from a hand edit or two copies pasted together; neither
 * is applied (a dismissal winning by its place in the file would hide a pupil) and a person decides again.
 */
export function settleDecisionRows(rows: readonly Decision[], staffName?: (id: string) => string | undefined) {
  const byKey = new Map<string, Decision[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const conflicts: DecisionsDisagreeArgs[] = [];
  const setAside = new Set<Decision>();
  for (const same of byKey.values()) {
    if (new Set(same.map((d) => d.decision)).size < 2) continue;
    conflicts.push(conflictOf('decisions', same, staffName));
    for (const d of same) setAside.add(d);
  }
  const byAccount = new Map<string, Decision[]>();
  for (const [key, same] of byKey) {
    const last = same.at(-1)!;
    if (setAside.has(last) || !IDENTIFYING.includes(last.decision)) continue;
    const account = accountOf(key);
    byAccount.set(account, [...(byAccount.get(account) ?? []), last]);
  }
  for (const pupils of byAccount.values()) {
    if (pupils.length < 2) continue;
    conflicts.push(conflictOf('pupils', pupils, staffName));
    for (const d of pupils) for (const row of byKey.get(d.key)!) setAside.add(row);
  }
  const decisions = [...byKey.values()].map((same) => same.at(-1)!).filter((d) => !setAside.has(d));
  decisions.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  conflicts.sort((a, b) => a.rows[0]!.line - b.rows[0]!.line);
  return { decisions, conflicts } satisfies SettledDecisions;
}

/** A conflict as the audit and the review warn of it. */
export function decisionsDisagree(args: DecisionsDisagreeArgs): Warning {
  return { code: 'DECISIONS_DISAGREE', args };
}

/** The key without its pupil: staff id, platform and account. */
export function accountOf(key: string): string {
  return key.slice(0, key.lastIndexOf('|') + 1);
}

function conflictOf(
  kind: DecisionsDisagreeArgs['kind'],
  rows: readonly Decision[],
  staffName?: (id: string) => string | undefined,
): DecisionsDisagreeArgs {
  const [first] = rows;
  const parts = first!.key.split('|');
  const name = staffName?.(first!.staffId);
  const shown = rows.find((d) => d.accountName)?.accountName;
  const account = parts.slice(2, -1).join('|');
  return {
    kind,
    file: first!.source?.file ?? 'decisions.csv',
    key: accountOf(first!.key),
    staffId: first!.staffId,
    ...(name ? { staffName: name } : {}),
    platform: parts[1] ?? '',
    account: account.startsWith('@') ? account : `"${shown ?? account}"`,
    rows: rows.map((d) => ({
      line: d.source?.line ?? 0,
      decision: d.decision,
      pupilId: d.pupilId,
      ...(d.pupilName ? { pupilName: d.pupilName } : {}),
      ...(d.decidedBy ? { decidedBy: d.decidedBy } : {}),
      ...(d.decidedOn ? { decidedOn: d.decidedOn } : {}),
    })),
  };
}
