import { quote, UserError } from '../errors.js';
import type { DecisionKind } from '../model/records.js';
import type { ReviewOptions } from './review.js';

/**
 * The options of `review` that say something of one decision only: beside another they were dropped unsaid. A
 * `--reason` is saved with any decision (the contract's `review` takes it beside each), so it is not here.
 */
const ONLY_WITH: [keyof ReviewOptions, string, DecisionKind][] = [
  ['relationship', '--relationship', 'family'],
  ['reviewOn', '--review-on', 'family'],
  ['note', '--note', 'family'],
];

/**
 * Refuses an option given beside a decision it does not go with (`--decision confirm --reason "…"`), before anything
 * is written: the reason, the note or the link's details would not be saved, and the person would not know.
 */
export function refuseOptionsBeside(options: ReviewOptions, decision: DecisionKind | undefined): void {
  if (options.overrule && decision !== 'dismiss')
    throw new UserError(
      `--overrule goes with --decision dismiss (of a FLAG), not ${decision === undefined ? 'alone' : quote(decision)}`,
      {
        hint: 'To overrule a FLAG a person has checked: --decision dismiss --overrule --reason "…"; for any other decision leave --overrule out.',
      },
    );
  if (decision === undefined) return;
  for (const [key, option, only] of ONLY_WITH) {
    if (options[key] === undefined || decision === only) continue;
    throw new UserError(`${option} goes only with --decision ${only}, not ${decision}; nothing was written`, {
      hint: `${option} is not saved with a decision to ${decision}: leave it out, or give --decision ${only} if that is what was meant.`,
    });
  }
}
