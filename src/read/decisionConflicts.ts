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
 * for one account and pupil deciding differently, one account said to be a pupil and not to be them, or one
 * account taken to be two pupils (it is one person). An account with a username is one account on every
 * staff member's list; one known by its display name only, on one list. The tool writes one row a key, so
 * such rows come from a hand edit, two copies pasted together, or colleagues deciding apart; none is
 * applied (a dismissal winning by its place in the file would hide a pupil) and a person decides again.
 */
export function settleDecisionRows(
  rows: readonly Decision[],
  staffName?: (id: string) => string | undefined,
): SettledDecisions {
  const byKey = new Map<string, Decision[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const byAccount = new Map<string, Decision[]>();
  for (const row of rows) {
    const account = accountIdentity(row.key);
    byAccount.set(account, [...(byAccount.get(account) ?? []), row]);
  }
  const conflicts: DecisionsDisagreeArgs[] = [];
  const setAside = new Set<string>();
  // Every row about the account counts, whatever its place in the file: one account, one answer.
  for (const about of byAccount.values()) {
    const pupils = new Set(about.filter((d) => IDENTIFYING.includes(d.decision)).map((d) => d.pupilId));
    const torn = [...new Set(about.map((d) => d.key))].filter(
      (key) => new Set(byKey.get(key)!.map((d) => d.decision)).size > 1,
    );
    const denied = about.filter((d) => d.decision === 'dismiss' && pupils.has(d.pupilId));
    if (pupils.size < 2 && torn.length === 0 && denied.length === 0) continue;
    // The rows that take part: those naming a pupil it is said to be, and every row of a key decided two ways.
    const keys = new Set([...torn, ...about.filter((d) => pupils.has(d.pupilId)).map((d) => d.key)]);
    conflicts.push(
      conflictOf(
        pupils.size > 1 ? 'pupils' : 'decisions',
        about.filter((d) => keys.has(d.key)),
        staffName,
      ),
    );
    for (const key of keys) setAside.add(key);
  }
  const decisions = [...byKey.entries()].filter(([key]) => !setAside.has(key)).map(([, same]) => same.at(-1)!);
  decisions.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  conflicts.sort((a, b) => a.rows[0]!.line - b.rows[0]!.line);
  return { decisions, conflicts };
}

/** A conflict as the audit and the review warn of it. */
export function decisionsDisagree(args: DecisionsDisagreeArgs): Warning {
  return { code: 'DECISIONS_DISAGREE', args };
}

/** The key without its pupil: staff id, platform and account. */
function accountOf(key: string): string {
  return key.slice(0, key.lastIndexOf('|') + 1);
}

/** One account whoever's list it is on where it has a username (`platform|@name`); else one list's. */
function accountIdentity(key: string): string {
  const parts = accountOf(key).split('|');
  return parts[2]?.startsWith('@') ? parts.slice(1).join('|') : parts.join('|');
}

function conflictOf(
  kind: DecisionsDisagreeArgs['kind'],
  rows: readonly Decision[],
  staffName?: (id: string) => string | undefined,
): DecisionsDisagreeArgs {
  const sorted = [...rows].sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  const parts = sorted[0]!.key.split('|');
  const shown = sorted.find((d) => d.accountName)?.accountName;
  const account = parts.slice(2, -1).join('|');
  const staff = [...new Set(sorted.map((d) => d.staffId))].map((id) => {
    const name = staffName?.(id);
    return name ? { id, name } : { id };
  });
  return {
    kind,
    file: sorted[0]!.source?.file ?? 'decisions.csv',
    staff,
    platform: parts[1] ?? '',
    account: account.startsWith('@') ? account : `"${shown ?? account}"`,
    rows: sorted.map((d) => ({
      line: d.source?.line ?? 0,
      key: d.key,
      staffId: d.staffId,
      decision: d.decision,
      pupilId: d.pupilId,
      ...(d.pupilName ? { pupilName: d.pupilName } : {}),
      ...(d.decidedBy ? { decidedBy: d.decidedBy } : {}),
      ...(d.decidedOn ? { decidedOn: d.decidedOn } : {}),
    })),
  };
}
