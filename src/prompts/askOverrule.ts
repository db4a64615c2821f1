import { longDate } from '../audit/display.js';
import { describeEarlier } from './describeEarlier.js';
import { decidedElsewhere } from './oneAccountOneAnswer.js';
import type { PromptKit } from './PromptKit.js';
import type { ReviewItem } from './reviewFlow.js';

/**
 * Why dismissing a finding overrules the audit or a colleague, or undefined where it does not: a FLAG; a
 * finding confirmed at an earlier review (a FLAG from then on, though the report, made before, says REVIEW);
 * or the same account confirmed as this pupil on a colleague's list, which the dismissal overrules there too.
 */
export function needsOverrule(item: ReviewItem): string | undefined {
  const own =
    item.finding.level === 'flag'
      ? 'is a FLAG'
      : item.earlier?.decision === 'confirm'
        ? `was decided${describeEarlier(item.earlier, item.finding)}, a FLAG from then on`
        : undefined;
  const confirmed = decidedElsewhere(item, 'confirm');
  if (confirmed.length === 0) return own;
  const where = confirmed.map((other) => {
    const { decidedBy, decidedOn } = other.earlier!;
    const when = `${decidedBy ? `, by ${decidedBy}` : ''}${decidedOn ? ` on ${longDate(decidedOn)}` : ''}`;
    return `${other.finding.staff.name}’s list (finding no. ${other.number}${when})`;
  });
  const there = `account was confirmed as ${item.finding.pupil.name} on ${where.join(' and ')}, a FLAG there from then on, and dismissed here is dismissed there too`;
  return own ? `${own}, and its ${there}` : `’s ${there}`;
}

/** The reason after a finding's number: `finding 3 is a FLAG`, `finding 3’s account was confirmed…`. */
export function spaced(why: string): string {
  return why.startsWith('’') ? why : ` ${why}`;
}

/** A FLAG is dismissed only when the person says, in so many words, that they overrule the audit. */
export async function askOverrule(kit: PromptKit, item: ReviewItem): Promise<boolean> {
  return kit.confirm({
    message: `Finding no. ${item.number}${spaced(needsOverrule(item) ?? 'is a FLAG')}. Overrule the audit and dismiss it? (later reports list it as overruled)`,
    default: false,
  });
}
