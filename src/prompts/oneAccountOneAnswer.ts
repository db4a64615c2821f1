import { longDate } from '../audit/display.js';
import type { ReviewAnswer, ReviewItem } from './reviewFlow.js';

/**
 * The same account's findings as the same pupil on colleagues' lists that an earlier review decided `kind`.
 * decisions.csv sets aside every row about an account said to be a pupil on one list and not on another, so
 * deciding it the other way here would undo them without a word: `carriedAnswers` decides them with it.
 */
export function decidedElsewhere(item: ReviewItem, kind: 'confirm' | 'dismiss'): ReviewItem[] {
  return (item.elsewhere ?? []).filter((other) => other.earlier?.decision === kind);
}

/**
 * The answer carried to those findings (one account, one person): a confirmation replaces their dismissals,
 * and a dismissal of the account overrules their confirmations, only with the overrule it needed for them
 * (askOverrule, `--overrule`). A confirmation is never undone by a dismissal that did not overrule it.
 */
export function carriedAnswers(answer: ReviewAnswer): ReviewAnswer[] {
  const { item } = answer;
  if (answer.decision === 'confirm' && answer.pupil.id === item.finding.pupil.id)
    return decidedElsewhere(item, 'dismiss').map((other) => ({
      item: other,
      decision: 'confirm',
      pupil: other.finding.pupil,
    }));
  if (answer.decision === 'dismiss' && answer.overrule)
    return decidedElsewhere(item, 'confirm').map((other) => ({
      item: other,
      decision: 'dismiss',
      reason: answer.reason,
      overrule: true,
    }));
  return [];
}

/**
 * The item as this review now sees it: a colleague's finding of the same account answered earlier in this
 * review counts as decided so (by `by`, `today`), so that the answers saved together cannot contradict.
 */
export function asDecidedSoFar(
  item: ReviewItem,
  answers: readonly ReviewAnswer[],
  by: string,
  today: string,
): ReviewItem {
  if (!item.elsewhere) return item;
  const elsewhere = item.elsewhere.map((other) => {
    const given = answers.findLast((answer) => answer.item.number === other.number);
    if (given?.decision !== 'confirm' && given?.decision !== 'dismiss') return other;
    if (given.decision === 'confirm' && given.pupil.id !== other.finding.pupil.id) return other;
    const { staff, pupil } = other.finding;
    const earlier = {
      key: '',
      staffId: staff.id,
      pupilId: pupil.id,
      decision: given.decision,
      decidedBy: by,
      decidedOn: today,
    };
    return { ...other, earlier };
  });
  return { ...item, elsewhere };
}

/** "finding no. 4, the same account on Tom Brown’s list, confirmed by J. Other on 6 December 2026". */
function describeElsewhere(other: ReviewItem): string {
  const { earlier } = other;
  const how = earlier?.decision === 'confirm' ? 'confirmed' : 'dismissed';
  const by = earlier?.decidedBy ? ` by ${earlier.decidedBy}` : '';
  const on = earlier?.decidedOn ? ` on ${longDate(earlier.decidedOn)}` : '';
  return `finding no. ${other.number}, the same account on ${other.finding.staff.name}’s list, ${how}${by}${on}`;
}

/** Said with the finding, before the question: how its account was decided on colleagues' lists. */
export function describeDecidedElsewhere(item: ReviewItem): string[] {
  return [...decidedElsewhere(item, 'confirm'), ...decidedElsewhere(item, 'dismiss')].map((other) => {
    const line = describeElsewhere(other);
    return `  ${line[0]!.toUpperCase()}${line.slice(1)}: answered the other way here, it is changed there too (one account, one person).`;
  });
}

/** A line for each finding an answer was carried to, said as it is given. */
export function describeCarried(carried: readonly ReviewAnswer[]): string[] {
  return carried.map((answer) => {
    const what = answer.decision === 'confirm' ? 'confirmed' : 'dismissed, overruled';
    const line = describeElsewhere(answer.item);
    return `${line[0]!.toUpperCase()}${line.slice(1)}: ${what} with this one (one account, one answer).`;
  });
}
