import { readIfExists } from '../io/readIfExists.js';
import { textSourceFromBytes } from '../io/TextSource.js';
import type { Finding } from '../model/report.js';
import type { DecisionsDisagreeArgs, Warning } from '../model/warnings.js';
import { connectionKey } from '../policy/applyDecisions.js';
import { candidatesOf } from '../prompts/actionChoices.js';
import type { PupilIdsOnRoll } from '../read/pupilIdsOnRoll.js';
import { readDecisions } from '../read/readDecisions.js';
import { describeWarning } from '../report/warningWording.js';

/** Rows of decisions.csv that contradict each other, as `readDecisions` told of them, and the findings they are about. */
export class ConflictingDecisions {
  readonly conflicts: DecisionsDisagreeArgs[] = [];

  /** `readDecisions`' warnings go here. */
  add(warning: Warning): void {
    if (warning.code === 'DECISIONS_DISAGREE') this.conflicts.push(warning.args);
  }

  /** The conflict about this finding's account, if any. */
  about(finding: Finding): DecisionsDisagreeArgs | undefined {
    const account = connectionKey(finding.staff.id, finding.connection, '');
    return this.conflicts.find((c) => c.rows.some((row) => row.key.startsWith(account)));
  }

  /** A line said with the finding at the review: the lines of the file that disagree about its account. */
  disputed(finding: Finding, decisionsName: string): string | undefined {
    const lines = this.about(finding)?.rows.map((row) => row.line);
    if (!lines) return undefined;
    return `  ! ${decisionsName} lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)} disagree about this account, so none of them applies; your answer replaces them.`;
  }

  /**
   * The keys of the rows a new decision about the finding's account replaces: every row of the conflict,
   * colleagues' lists' too (theirs are asked again, not left contradicting the new one).
   */
  keysToClear(finding: Finding): string[] {
    return [...new Set(this.about(finding)?.rows.map((row) => row.key) ?? [])];
  }

  /**
   * Each conflict in words for the person reviewing, with the findings of this report it is about: those
   * are asked again (whatever their level), and the decision taken replaces the rows. `saved`: only those
   * a decision just saved (its keys) takes part in, said as its doing.
   */
  describe(findings: readonly Finding[], decisionsName: string, saved?: ReadonlySet<string>): string[] {
    const told = saved ? this.conflicts.filter((c) => c.rows.some((row) => saved.has(row.key))) : this.conflicts;
    return told.map((stated) => {
      const about = findings.filter((f) => this.about(f) === stated);
      const numbers = about.map((f) => f.number ?? 0);
      const conflict = named(stated, about[0], findings);
      const which =
        numbers.length === 0
          ? 'No finding of this report is about the account'
          : saved
            ? `Your decision saved it so. It is finding${numbers.length === 1 ? '' : 's'} no. ${numbers.join(', ')} of this report: decide the account once with \`social-audit review\` (--finding ${numbers[0]}), and that decision replaces those rows`
            : `It is finding${numbers.length === 1 ? '' : 's'} no. ${numbers.join(', ')} of this report: decide ${numbers.length === 1 ? 'it' : 'them'} again now, and your decision replaces those rows`;
      return `! ${decisionsName}: ${describeWarning({ code: 'DECISIONS_DISAGREE', args: conflict })}.\n  ${which}.`;
    });
  }
}

/** The conflict with the names the report knows where the file's rows give none. */
function named(
  conflict: DecisionsDisagreeArgs,
  finding: Finding | undefined,
  findings: readonly Finding[],
): DecisionsDisagreeArgs {
  if (!finding) return conflict;
  const pupils = candidatesOf(finding);
  const nameOf = (id: string) => findings.find((f) => f.staff.id === id)?.staff.name;
  return {
    ...conflict,
    staff: conflict.staff.map((s) => {
      const name = s.name ?? nameOf(s.id);
      return name ? { ...s, name } : s;
    }),
    rows: conflict.rows.map((row) => {
      const pupilName = row.pupilName ?? pupils.find((pupil) => pupil.id === row.pupilId)?.name;
      return pupilName ? { ...row, pupilName } : row;
    }),
  };
}

/** The conflicts decisions.csv holds, once saved, that a decision just saved (`saved`: its keys) takes part in. */
export async function conflictsMade(
  filePath: string,
  decisionsName: string,
  saved: ReadonlySet<string>,
  findings: readonly Finding[],
  roll?: PupilIdsOnRoll,
  today?: string,
): Promise<string[]> {
  const bytes = await readIfExists(filePath);
  if (!bytes) return [];
  const after = new ConflictingDecisions();
  await readDecisions(textSourceFromBytes(decisionsName, bytes), after, [], roll, today);
  return after.describe(findings, decisionsName, saved);
}
