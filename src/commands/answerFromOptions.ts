import { describePupilStatus } from '../audit/display.js';
import { quote, UserError } from '../errors.js';
import type { DecisionKind } from '../model/records.js';
import type { PupilRef } from '../model/report.js';
import { candidatesOf } from '../prompts/actionChoices.js';
import { checkAdultDob } from '../prompts/askAdultDob.js';
import { askOverrule, needsOverrule, spaced } from '../prompts/askOverrule.js';
import { askLinkDetails, defaultReviewOn } from '../prompts/linkDetails.js';
import { decidedElsewhere } from '../prompts/oneAccountOneAnswer.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { askDismissReason, type ReviewAnswer, type ReviewItem } from '../prompts/reviewFlow.js';
import { optionRefusal, typedDateHint } from '../prompts/typedDate.js';
import { linkGiven } from './exemptionsAdd.js';
import { missingOptions } from './missingOptions.js';
import type { ReviewOptions } from './review.js';
import { typedPupilId } from './typedPupilId.js';

/** A decision given by options; at a terminal, what they leave out is asked. */
export async function answerFromOptions(
  item: ReviewItem,
  decision: DecisionKind,
  options: ReviewOptions,
  context: { today: string; auditDate?: string; by: string; kit?: PromptKit },
): Promise<ReviewAnswer> {
  const candidates = candidatesOf(item.finding);
  let pupil: PupilRef = candidates[0]!;
  if (options.pupilId !== undefined) pupil = findingPupil(item, options.pupilId);
  if (decision === 'confirm') {
    const reason = options.reason?.trim();
    return reason ? { item, decision, pupil, reason } : { item, decision, pupil };
  }
  if (decision === 'adult') {
    const former = candidates.filter((p) => p.status === 'former' && p.age === null);
    const chosen = options.pupilId !== undefined ? pupil : former[0];
    if (!chosen || !former.includes(chosen)) {
      throw new UserError(
        `finding ${item.number}: ${chosen?.name ?? candidates[0]!.name} is not a former pupil whose age is unknown, so cannot be recorded as now 18 or over`,
        {
          hint: 'Record as adult only a former pupil the roll gives no date of birth for; the roll’s date of birth decides otherwise.',
        },
      );
    }
    if (options.dob === undefined) return { item, decision, pupil: chosen };
    return { item, decision, pupil: chosen, dob: adultDobOption(options.dob, context.today, item.number) };
  }
  if (decision === 'dismiss') {
    // A FLAG, a finding confirmed at an earlier review, or its account confirmed so on a colleague's list.
    const why = needsOverrule(item);
    const overrule = why !== undefined;
    if (overrule && !options.overrule && !(context.kit && (await askOverrule(context.kit, item)))) {
      const there = decidedElsewhere(item, 'confirm').map((other) => other.number);
      const each =
        there.length > 0 ? ` (findings ${[item.number, ...there].join(' and ')} are dismissed together)` : '';
      throw new UserError(`finding ${item.number}${spaced(why)}, which is not dismissed without --overrule`, {
        hint: `If a person has checked and it is not the pupil, overrule the audit and say why: --decision dismiss --overrule --reason "…"${each}. Later reports list it as overruled.`,
      });
    }
    const reason = options.reason?.trim() || (context.kit ? await askDismissReason(context.kit) : undefined);
    if (!reason) missingOptions('review', [['--reason', undefined]]);
    return overrule ? { item, decision, reason: reason!, overrule } : { item, decision, reason: reason! };
  }
  const given = { ...linkGiven(options, context.today), recordedBy: context.by };
  const details = context.kit
    ? await askLinkDetails(context.kit, given, {
        today: context.today,
        ...(context.auditDate ? { auditDate: context.auditDate } : {}),
      })
    : {
        relationship: given.relationship!,
        recordedBy: context.by,
        reviewOn: given.reviewOn ?? defaultReviewOn(context.today, context.auditDate),
        ...(given.note ? { note: given.note } : {}),
      };
  return { item, decision, pupil, details };
}

/** `--dob` with `adult`: the ISO date, or refused with what to type (a pupil under 18 is decided otherwise). */
export function adultDobOption(raw: string, today: string, finding: number): string {
  const checked = checkAdultDob(raw, today);
  if ('iso' in checked) return checked.iso;
  throw new UserError(optionRefusal('--dob', raw, checked.problem), {
    hint: checked.under18
      ? `Check the date (day first). A pupil under 18 is covered by the policy: decide finding ${finding} with confirm, dismiss or family instead.`
      : `${typedDateHint('--dob', 'the former pupil’s date of birth', '2007-02-14')} Leave --dob out if it is not known.`,
  });
}

/** The finding's pupil a typed `--pupil-id` names, compared as the roll's reader reads ids (`42` for `0042`). */
export function findingPupil(item: ReviewItem, typed: string): PupilRef {
  const candidates = candidatesOf(item.finding);
  const found = typedPupilId(typed, candidates);
  const listed = (pupils: readonly PupilRef[]) =>
    pupils.map((p) => `${p.id} ${p.name}, ${describePupilStatus(p)}`).join('; ');
  if (found && 'pupil' in found) return found.pupil;
  throw new UserError(
    found
      ? `--pupil-id ${quote(typed)} fits several of finding ${item.number}’s pupils (${listed(found.several)}): give one id as the report shows it`
      : `--pupil-id ${quote(typed)} is not one of finding ${item.number}’s pupils (${listed(candidates)})`,
    {
      hint: `Give the id of one of the pupils listed, or leave --pupil-id out for the first, the most likely (${candidates[0]!.id}).`,
    },
  );
}
