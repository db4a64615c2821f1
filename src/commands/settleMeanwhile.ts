import type { Decision } from '../model/records.js';
import { describeEarlier } from '../prompts/describeEarlier.js';
import type { ReviewAnswer } from '../prompts/reviewFlow.js';
import { decisionsFor } from './decisionsFor.js';

export interface SettleContext {
  by: string;
  today: string;
  out: (text: string) => void;
  /** At a terminal: whether the person's answer should replace a colleague's. Without it, the later save stands. */
  ask?: (question: string) => Promise<boolean>;
}

export interface Settled {
  /** The answers to save. */
  kept: ReviewAnswer[];
  /** Keys of colleagues' decisions that an answer kept replaces: the same account taken for another pupil. */
  superseded: string[];
}

/**
 * The answers to save after a colleague saved while the person was answering. Where the colleague
 * decided one of the same findings otherwise, or took the same account to be another pupil, the
 * person at a terminal is asked whether theirs replaces it (no, by default: the colleague's is what
 * the file says now); decided the same way, theirs replaces it and they are told.
 */
export async function settleMeanwhile(
  answers: readonly ReviewAnswer[],
  meanwhile: readonly Decision[],
  before: ReadonlyMap<string, Decision>,
  context: SettleContext,
): Promise<Settled> {
  const kept: ReviewAnswer[] = [];
  const superseded: string[] = [];
  const changed = meanwhile.filter((d) => !sameDecision(d, before.get(d.key)));
  for (const answer of answers) {
    const records = decisionsFor(answer, context.by, context.today);
    const keys = new Set(records.map((d) => d.key));
    const other = changed.find((d) => keys.has(d.key));
    const rival = other ? undefined : otherPupil(answer, records, changed);
    const number = answer.item.number;
    if (!other && !rival) {
      kept.push(answer);
      continue;
    }
    const earlier = (other ?? rival)!;
    const theirs = `Finding no. ${number} was decided meanwhile${describeEarlier(earlier)}${
      rival ? ` for ${rival.pupilName ?? `pupil ${rival.pupilId}`}` : ''
    }${earlier.reason && earlier.decision === 'dismiss' ? `, reason: ${earlier.reason}` : ''}`;
    const yours = `yours${'pupil' in answer && rival ? `, ${answer.pupil.name}` : ''}${describeEarlier({ decision: answer.decision })}`;
    if ((other && other.decision === answer.decision) || !context.ask) {
      context.out(`${theirs}; ${rival ? yours : 'yours'} replaces it.`);
    } else if (!(await context.ask(`${theirs}. Replace it with ${yours}?`))) {
      context.out(
        `Finding no. ${number} stays as ${earlier.decidedBy ?? 'it was decided meanwhile'}${earlier.decidedBy ? ' decided it' : ''}; yours is not saved.`,
      );
      continue;
    }
    kept.push(answer);
    if (rival) superseded.push(rival.key);
  }
  return { kept, superseded };
}

/**
 * A colleague's decision since that the account is another pupil than the answer says (one account is
 * one person): its key differs only in the pupil. A dismissal covers every pupil, so meets the answer's key.
 */
function otherPupil(answer: ReviewAnswer, records: readonly Decision[], changed: readonly Decision[]) {
  if (answer.decision === 'dismiss') return undefined;
  const [record] = records;
  if (!record) return undefined;
  const account = record.key.slice(0, record.key.length - record.pupilId.length);
  return changed.find(
    (d) => d.decision !== 'dismiss' && d.pupilId !== record.pupilId && d.key === `${account}${d.pupilId}`,
  );
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
