import type { Decision, Exemption } from '../model/records.js';
import { DECISION_COLUMNS, DECISION_REQUIRED, type DecisionField } from '../read/readDecisions.js';
import { EXEMPTION_COLUMNS, type ExemptionField } from '../read/readExemptions.js';
import type { KeptFileKind } from './KeptFile.js';

export const EXEMPTIONS_FILE: KeptFileKind<ExemptionField> = {
  aliases: EXEMPTION_COLUMNS,
  required: ['staffId', 'pupilId'],
  describe: 'an exemptions file',
};
export const DECISIONS_FILE: KeptFileKind<DecisionField> = {
  aliases: DECISION_COLUMNS,
  required: DECISION_REQUIRED,
  describe: 'a review decisions file',
};

export function exemptionValues(exemption: Exemption): Partial<Record<ExemptionField, string>> {
  const { source: _source, ...values } = exemption;
  return values;
}

export function decisionValues(decision: Decision): Partial<Record<DecisionField, string>> {
  const { source: _source, ...values } = decision;
  return values;
}
