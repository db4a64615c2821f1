import type { StaleDecision } from '../policy/applyDecisions.js';

export function describeDecisionIssue({ decision, changed, finding, pupil }: StaleDecision): string {
  const account = finding.connection.username ? `@${finding.connection.username.replace(/^@/, '')}` : `"${finding.connection.name ?? ''}"`;
  const what = decision.decision === 'dismiss' ? `was not ${pupil.name}` : `was ${pupil.name}`;
  const when = [decision.decidedBy && `by ${decision.decidedBy}`, decision.decidedOn && `on ${decision.decidedOn}`].filter(Boolean).join(' ');
  const since =
    changed === 'account'
      ? `the account's name has changed (it was "${decision.accountName}")`
      : changed === 'level'
        ? 'the audit now flags it, and a FLAG is only dismissed by an overrule (`review --decision dismiss --overrule`)'
        : `the pupil's name or date of birth on the roll has changed`;
  return `the decision${when ? ` ${when}` : ''} that ${finding.staff.name}'s connection ${account} ${what} no longer applies: ${since}; review it again`;
}
