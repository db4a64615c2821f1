import type { PromptKit } from './PromptKit.js';
import type { ReviewAnswer, ReviewItem } from './reviewFlow.js';

/**
 * The last answer (it is, or is not, the finding's pupil) offered for the open findings of the same
 * account as the same pupil on other staff members' lists: one account, one answer. Not a dismissal
 * of a FLAG, which is an overrule each needs its own yes for; family links are each member of staff's own.
 */
export async function decideAlong(
  kit: PromptKit,
  open: readonly ReviewItem[],
  answers: ReviewAnswer[],
  alongWith: Set<ReviewItem>,
): Promise<void> {
  const answer = answers.at(-1)!;
  const { finding } = answer.item;
  const same = new Set(finding.sameAccount ?? []);
  const along = open.filter(
    (o) =>
      same.has(o.number) &&
      o.finding.pupil.id === finding.pupil.id &&
      !alongWith.has(o) &&
      !answers.some((a) => a.item.number === o.number) &&
      (answer.decision === 'confirm' || o.finding.level === 'review'),
  );
  if (along.length === 0) return;
  const numbers = along.map((o) => o.number).join(', ');
  const yes = await kit.confirm({
    message: `The same account is finding${along.length === 1 ? '' : 's'} no. ${numbers}, on another member of staff’s list${along.length === 1 ? '' : 's'}: answer ${along.length === 1 ? 'it' : 'them'} the same way?`,
    default: true,
  });
  if (!yes) return;
  for (const o of along) {
    // A dismissal carried to a REVIEW overrules nothing.
    answers.push(
      answer.decision === 'dismiss' ? { item: o, decision: 'dismiss', reason: answer.reason } : { ...answer, item: o },
    );
    alongWith.add(o);
  }
}
