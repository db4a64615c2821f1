import { describePupilStatus, describeShownAs, longDate, shortenedNames } from '../audit/display.js';
import { CancelledError } from '../errors.js';
import type { Decision, Exemption } from '../model/records.js';
import type { Finding, PupilRef } from '../model/report.js';
import { type Action, actionChoices, candidatesOf, recapOf } from './actionChoices.js';
import { askAdultDob } from './askAdultDob.js';
import { askOverrule, needsOverrule } from './askOverrule.js';
import { decideAlong } from './decideAlong.js';
import { describeEarlier, describeIdentified, linkWith, replacedBy } from './describeEarlier.js';
import { describeFinding, describeLinkSince } from './describeFinding.js';
import { askLinkDetails, askRecordedBy, type LinkDetails } from './linkDetails.js';
import { asDecidedSoFar, carriedAnswers, describeCarried, describeDecidedElsewhere } from './oneAccountOneAnswer.js';
import type { PromptKit } from './PromptKit.js';

/** A finding of the audit report, numbered as in the report's `findings` (from 1). */
export interface ReviewItem {
  number: number;
  finding: Finding;
  /** A decision already in decisions.csv about this account: its most likely pupil, or another of its pupils confirmed. */
  earlier?: Decision;
  /** Said with the finding: rows of decisions.csv about the account that disagree, which the answer replaces. */
  disputed?: string;
  /** Besides `earlier`, rows saying who the account is (another of its pupils' family link), which an answer replaces. */
  identified?: readonly Decision[];
  /** Family links exemptions.csv holds as recorded with `earlier` or `identified` (same day and person): a dismissal takes them out. */
  links?: readonly Exemption[];
  /** The same account's findings as this pupil on colleagues' lists (`sameAccount`), with their decisions. */
  elsewhere?: readonly ReviewItem[];
}

export type ReviewAnswer =
  /** `reason`: why it is the pupil, when a script gives one (`--reason`); saved as a dismissal's is. */
  | { item: ReviewItem; decision: 'confirm'; pupil: PupilRef; reason?: string }
  | { item: ReviewItem; decision: 'dismiss'; reason: string; overrule?: boolean }
  | { item: ReviewItem; decision: 'family'; pupil: PupilRef; details: LinkDetails }
  /** A former pupil of unknown age is now 18 or over; `dob` when the reviewer knows it. */
  | { item: ReviewItem; decision: 'adult'; pupil: PupilRef; dob?: string };

export interface ReviewContext {
  items: readonly ReviewItem[];
  /** The report file as the person named it. */
  reportName: string;
  today: string;
  /** The audit's own date: the review date offered for a family link is a year after it. */
  auditDate?: string;
  exemptions: readonly Exemption[];
  rememberedRecorder?: string;
  decisionsName: string;
  exemptionsName: string;
}

export type ReviewResult = { kind: 'save'; decidedBy: string; answers: ReviewAnswer[] } | { kind: 'nothing' };

/**
 * `review` at a terminal: one finding at a time, its evidence in plain words, and a choice:
 * it is this pupil, not this pupil (with a reason), a family link, skip, or stop. Answers are
 * collected and saved only after a summary and a yes, so Esc or Ctrl+C changes nothing.
 */
export async function reviewFlow(
  kit: PromptKit,
  context: ReviewContext,
  given: {
    decidedBy?: string;
    /** Given what is lost if the command is stopped now (nothing, until a finding is decided): Ctrl+C outside a prompt says it. */
    asking?: (unsaved: () => string | undefined) => void;
  } = {},
): Promise<ReviewResult> {
  const open = context.items.filter((item) => !item.earlier);
  const earlier = context.items.filter((i) => i.earlier);
  // A review resumed after stopping part-way: a few are said one by one, many in one line.
  if (earlier.length > 3) {
    kit.say(
      `Findings no. ${earlier.map((i) => i.number).join(', ')} were already decided (in ${context.decisionsName}); they are left as they are.`,
    );
  } else {
    for (const item of earlier) {
      kit.say(
        `Finding no. ${item.number} was already decided${describeEarlier(item.earlier!, item.finding)}; it is left as it is.`,
      );
    }
  }
  if (open.length === 0) {
    kit.say(`There is nothing to review in ${context.reportName}.`);
    return { kind: 'nothing' };
  }
  const decidedEarlier = earlier.length;
  kit.say(
    `${open.length} finding${open.length === 1 ? '' : 's'} ${decidedEarlier ? `left to review (${decidedEarlier} decided earlier)` : 'to review'}. To stop part-way and keep what you have decided, choose "Stop here" at any finding; the next review offers only what is left. Esc or Ctrl+C stops without saving anything.`,
  );
  const decidedBy = given.decidedBy ?? (await askRecordedBy(kit, context.rememberedRecorder));
  const answers: ReviewAnswer[] = [];
  given.asking?.(() => (answers.length === 0 ? undefined : notSaved(answers.length)));
  try {
    await decideEach(kit, context, open, decidedBy, answers);
  } catch (error) {
    // Ctrl+C changes nothing, as promised; the person hears what that threw away and how to keep it.
    if (!(error instanceof CancelledError) || answers.length === 0) throw error;
    throw new CancelledError(notSaved(answers.length));
  }
  return confirmSave(kit, context, decidedBy, answers).catch((error: unknown) => {
    if (!(error instanceof CancelledError)) throw error;
    throw new CancelledError(
      `The ${answers.length === 1 ? 'decision' : `${answers.length} decisions`} shown ${answers.length === 1 ? 'was' : 'were'} not saved: to keep ${answers.length === 1 ? 'it' : 'them'}, answer yes to "Save".`,
    );
  });
}

/** Decisions made at the prompts and lost to Ctrl+C: they are saved only at the end. */
function notSaved(count: number): string {
  const n = count === 1 ? 'The decision' : `The ${count} decisions`;
  return `${n} made in this review ${count === 1 ? 'was' : 'were'} not saved. To stop and keep ${count === 1 ? 'it' : 'them'}, choose "Stop here" at a finding.`;
}

async function decideEach(
  kit: PromptKit,
  context: ReviewContext,
  open: readonly ReviewItem[],
  decidedBy: string,
  answers: ReviewAnswer[],
): Promise<void> {
  const linked = new Set(context.exemptions.map((e) => `${e.staffId}\u0000${e.pupilId}`));
  const inFile = new Set(linked);
  // Findings answered along with another of the same account (`sameAccount`).
  const alongWith = new Set<ReviewItem>();
  for (const [index, asked] of open.entries()) {
    if (alongWith.has(asked)) continue;
    const { finding } = asked;
    // Colleagues' findings of the account answered above count as decided (one account, one answer).
    const item = asDecidedSoFar(asked, answers, decidedBy, context.today);
    kit.say(
      describeFinding(finding, `Finding ${index + 1} of ${open.length} (no. ${item.number} in ${context.reportName})`),
      { heads: true },
    );
    if (item.disputed) kit.say(item.disputed);
    for (const row of item.identified ?? []) kit.say(describeIdentified(row, item, context.exemptionsName));
    for (const line of describeDecidedElsewhere(item)) kit.say(line);
    // A link recorded since the audit (exemptions add): the person need not decide what the next audit settles.
    if (inFile.has(`${finding.staff.id}\u0000${finding.pupil.id}`))
      kit.say(describeLinkSince(finding, context.exemptionsName));
    const choices = actionChoices(finding, linked, answers.length);
    // Every choice in sight, however many pupils share the name: "Stop here" must never scroll away.
    const action = await kit.select<Action>({
      message: 'What is it?',
      choices,
      pageSize: choices.length,
      recap: recapOf(item),
    });
    if (action.kind === 'stop') break;
    if (action.kind === 'skip') continue;
    if (action.kind === 'confirm') {
      carry(kit, answers, { item, decision: 'confirm', pupil: action.pupil });
      if (action.pupil.id === finding.pupil.id) await decideAlong(kit, open, answers, alongWith);
    } else if (action.kind === 'adult') {
      const dob = await askAdultDob(kit, action.pupil, context.today);
      answers.push({ item, decision: 'adult', pupil: action.pupil, ...(dob ? { dob } : {}) });
    } else if (action.kind === 'dismiss') {
      const overrule = needsOverrule(item) !== undefined;
      if (overrule && !(await askOverrule(kit, item))) continue;
      const reason = await askDismissReason(kit);
      carry(
        kit,
        answers,
        overrule ? { item, decision: 'dismiss', reason, overrule } : { item, decision: 'dismiss', reason },
      );
      await decideAlong(kit, open, answers, alongWith);
    } else {
      const candidates = candidatesOf(finding).filter((p) => !linked.has(`${finding.staff.id}\u0000${p.id}`));
      const pupil =
        candidates.length === 1
          ? candidates[0]!
          : await kit.select({
              message: 'A family link with which pupil?',
              choices: candidates.map((p) => ({ value: p, name: `${p.name} — ${describePupilStatus(p)}` })),
            });
      const details = await askLinkDetails(
        kit,
        { recordedBy: decidedBy },
        { today: context.today, ...(context.auditDate ? { auditDate: context.auditDate } : {}) },
      );
      linked.add(`${finding.staff.id}\u0000${pupil.id}`);
      answers.push({ item, decision: 'family', pupil, details });
    }
  }
}

/** An answer, and the same account's findings decided the other way on colleagues' lists with it, said. */
function carry(kit: PromptKit, answers: ReviewAnswer[], answer: ReviewAnswer): void {
  const carried = carriedAnswers(answer);
  // One answered above in this review is replaced, not said twice.
  const replaced = new Set(carried.map((c) => c.item.number));
  answers.splice(0, answers.length, ...answers.filter((a) => !replaced.has(a.item.number)), answer, ...carried);
  for (const line of describeCarried(carried)) kit.say(line);
}

/** The decisions in a summary, saved only after a yes. */
async function confirmSave(
  kit: PromptKit,
  context: ReviewContext,
  decidedBy: string,
  answers: ReviewAnswer[],
): Promise<ReviewResult> {
  if (answers.length === 0) {
    kit.say('No decisions were made; nothing was written.');
    return { kind: 'nothing' };
  }
  kit.say(`\nDecisions by ${decidedBy}:`);
  for (const answer of answers) {
    kit.say(`  ${describeAnswer(answer)}`);
    for (const row of replacedBy(answer)) {
      kit.say(`    replacing the decision${describeEarlier(row, answer.item.finding)}`);
      if (answer.decision === 'dismiss' && linkWith(answer.item, row))
        kit.say(`    and taking the family link recorded with it out of ${context.exemptionsName}`);
    }
  }
  const links = answers.filter((a) => a.decision === 'family').length;
  const where = `${context.decisionsName}${links ? ` and ${links} family link${links === 1 ? '' : 's'} to ${context.exemptionsName}` : ''}`;
  if (
    !(await kit.confirm({
      message: `Save ${answers.length === 1 ? 'this decision' : `these ${answers.length} decisions`} to ${where}?`,
      default: true,
    }))
  ) {
    kit.say('Nothing was saved.');
    return { kind: 'nothing' };
  }
  return { kind: 'save', decidedBy, answers };
}

export async function askDismissReason(kit: PromptKit): Promise<string> {
  return (
    await kit.input({ message: 'Why is it not the pupil? (a few words, e.g. "her aunt, same name")', required: true })
  ).trim();
}

export function describeAnswer(answer: ReviewAnswer): string {
  const { number } = answer.item;
  const finding = shortenedNames(answer.item.finding);
  const what = `no. ${number}, ${finding.staff.name} — ${describeShownAs(finding.connection)}`;
  if (answer.decision === 'confirm')
    return `${what}: is ${answer.pupil.name}, ${describePupilStatus(answer.pupil)} (a flag from now on)`;
  if (answer.decision === 'dismiss') {
    const pupils = candidatesOf(finding);
    const named =
      pupils.length === 1 ? pupils[0]!.name : pupils.map((p) => `${p.name} (${describePupilStatus(p)})`).join(' or ');
    return `${what}: is not ${named}${answer.overrule ? ' (FLAG overruled)' : ''}; reason: ${answer.reason}`;
  }
  // Pupils who share the name are told apart, as the choices were.
  const pupil = `${answer.pupil.name}${finding.otherCandidates?.length ? `, ${describePupilStatus(answer.pupil)}` : ''}`;
  if (answer.decision === 'adult')
    return `${what}: ${pupil}${pupil === answer.pupil.name ? '' : ','} is now 18 or over${answer.dob ? ` (born ${longDate(answer.dob)})` : ''}, no longer covered by the policy`;
  return `${what}: family link with ${pupil} (${answer.details.relationship}, review on ${longDate(answer.details.reviewOn)})`;
}
