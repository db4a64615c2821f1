import { longDate } from '../audit/display.js';
import type { Decision, DecisionKind } from '../model/records.js';

/** An earlier decision in words, for the person reviewing again. */
const EARLIER: Record<DecisionKind, string> = {
  confirm: 'confirmed: it is the pupil',
  dismiss: 'dismissed: not the pupil',
  family: 'a declared family link',
  adult: 'now 18 or over',
};

/** Who decided a finding earlier, when, and how, in words: " by K. Head on 24 November 2026 (dismissed: not the pupil)". */
export function describeEarlier(earlier: Pick<Decision, 'decision' | 'decidedBy' | 'decidedOn'>): string {
  const by = earlier.decidedBy ? ` by ${earlier.decidedBy}` : '';
  return `${by}${earlier.decidedOn ? ` on ${longDate(earlier.decidedOn)}` : ''} (${EARLIER[earlier.decision]})`;
}
