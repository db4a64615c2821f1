import type { Decision } from '../model/records.js';
import { describeEarlier, type ReviewAnswer } from '../prompts/reviewFlow.js';
import { decisionsFor } from './decisionsFor.js';

export interface SettleContext {
  by: string;
  today: string;
  out: (text: string) => void;
  /** At a terminal: whether the person's answer should replace a colleague's. Without it, the later save stands. */
  ask?: (question: string) => Promise<boolean>;
}

/**
 * The answers to save after a colleague saved while the person was answering. Where the colleague
 * decided one of the same findings otherwise, the person at a terminal is asked whether theirs
 * replaces it (no, by default: the colleague's is what the file says now); decided the same way,
 * theirs replaces it and they are told.
 */
export async function settleMeanwhile(
  answers: readonly ReviewAnswer[],
  meanwhile: readonly Decision[],
  before: ReadonlyMap<string, Decision>,
  context: SettleContext,
): Promise<ReviewAnswer[]> {
  const kept: ReviewAnswer[] = [];
  for (const answer of answers) {
    const keys = new Set(decisionsFor(answer, context.by, context.today).map((d) => d.key));
    const other = meanwhile.find((d) => keys.has(d.key) && !sameDecision(d, before.get(d.key)));
    const number = answer.item.number;
    if (!other) {
      kept.push(answer);
      continue;
    }
    const theirs = `Finding no. ${number} was decided meanwhile${describeEarlier(other)}${other.reason && other.decision === 'dismiss' ? `, reason: ${other.reason}` : ''}`;
    if (other.decision === answer.decision || !context.ask) {
      context.out(`${theirs}; yours replaces it.`);
      kept.push(answer);
    } else if (
      await context.ask(`${theirs}. Replace it with yours${describeEarlier({ decision: answer.decision })}?`)
    ) {
      kept.push(answer);
    } else {
      context.out(
        `Finding no. ${number} stays as ${other.decidedBy ?? 'it was decided meanwhile'}${other.decidedBy ? ' decided it' : ''}; yours is not saved.`,
      );
    }
  }
  return kept;
}

/** Whether a decision in the file is the one it held when the person began (not a colleague's since). */
function sameDecision(now: Decision, then: Decision | undefined): boolean {
  return (
    then !== undefined &&
    now.decision === then.decision &&
    now.decidedBy === then.decidedBy &&
    now.decidedOn === then.decidedOn &&
    now.reason === then.reason
  );
}
