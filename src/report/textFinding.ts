import type { ChalkInstance } from 'chalk';
import type { AuditReport, Finding } from '../model/report.js';
import { STAFF_ORDER } from './staffGroups.js';
import {
  describeCandidatesLeftOut,
  describeConfirmed,
  describeHeldAtReview,
  describePupilStatus,
  describeReason,
  describeRelationship,
  describeSameAccount,
  describeSameAccountElsewhere,
  describeShownAs,
  describeWeighing,
  LEVEL_MEANING,
  LEVEL_TEXT,
  longDate,
  platformName,
  WEIGHT_MEANING,
} from './wording.js';
import { wrapWords as wrap } from './wrapLine.js';

/** Columns of words a finding's rows keep beside its deeper indent; fewer, and they go under FLAG or REVIEW. */
const COMPACT_BELOW = 40;

/** One finding's rows in the text report, under its number: the pupil, the account, why, the evidence weighed, its source. */
export function findingLines(
  finding: Finding,
  n: number,
  c: ChalkInstance,
  width: number,
  numberWidth: number,
): string[] {
  const number = `${n}.`.padStart(numberWidth + 1);
  // Under the pupil's name where a row leaves room for words; on a narrow terminal, under FLAG or REVIEW.
  const compact = width - (2 + number.length + 1 + 9) < COMPACT_BELOW;
  const pad = compact ? 0 : 7;
  const label =
    finding.level === 'flag' ? c.red.bold(LEVEL_TEXT.flag.padEnd(pad)) : c.yellow(LEVEL_TEXT.review.padEnd(pad));
  const indent = ' '.repeat(2 + number.length + 1 + (compact ? 0 : 9));
  const isNew = finding.change === 'new' ? `${c.cyan.bold('NEW')} ` : '';
  const head = `${label}${compact ? ' ' : '  '}${isNew}${c.bold(finding.pupil.name)} — ${describePupilStatus(finding.pupil)}`;
  const start = `  ${number} `;
  const rows = wrap(head, width - indent.length, width - start.length).map((row, i) =>
    i === 0 ? `${start}${row}` : `${indent}${row}`,
  );
  const conn = finding.connection;
  const facts = [`${platformName(conn.platform)}: ${describeShownAs(conn)}`, describeRelationship(conn.relationship)];
  if (conn.connectedOn) facts.push(`since ${longDate(conn.connectedOn)}`);
  wrap(facts.join(' · '), width - indent.length).forEach((row) => {
    rows.push(`${indent}${row}`);
  });
  wrap(`Why: ${finding.reasons.map(describeReason).join('; ')}`, width - indent.length).forEach((row) => {
    rows.push(`${indent}${row}`);
  });
  const weighing = describeWeighing(finding);
  if (weighing)
    wrap(`Weighed: ${weighing}`, width - indent.length).forEach((row) => {
      rows.push(`${indent}${c.dim(row)}`);
    });
  const held = describeHeldAtReview(finding);
  if (held)
    wrap(held, width - indent.length).forEach((row) => {
      rows.push(`${indent}${c.yellow(row)}`);
    });
  for (const other of finding.otherCandidates ?? [])
    wrap(`Could also be: ${other.pupil.name} — ${describePupilStatus(other.pupil)}`, width - indent.length).forEach(
      (row) => {
        rows.push(`${indent}${c.dim(row)}`);
      },
    );
  if (finding.otherCandidatesLeftOut)
    wrap(describeCandidatesLeftOut(finding.otherCandidatesLeftOut), width - indent.length).forEach((row) => {
      rows.push(`${indent}${c.dim(row)}`);
    });
  if (finding.sameAccount?.length)
    wrap(describeSameAccount(finding.sameAccount), width - indent.length).forEach((row) => {
      rows.push(`${indent}${row}`);
    });
  if (finding.sameAccountElsewhere?.length)
    wrap(describeSameAccountElsewhere(finding.sameAccountElsewhere), width - indent.length).forEach((row) => {
      rows.push(`${indent}${c.yellow(row)}`);
    });
  if (finding.decision?.decision === 'confirm') {
    rows.push(`${indent}${c.dim(describeConfirmed(finding.decision))}`);
  }
  rows.push(`${indent}${c.dim(`Source: ${conn.source}`)}`);
  return rows;
}

/** What FLAG, REVIEW, NEW and the weights in brackets mean; NEW only where a finding is new. */
export function legend(report: AuditReport): string[] {
  const since = report.summary.change?.since;
  const isNew = since && report.findings.some((f) => f.change === 'new');
  return [
    `${LEVEL_TEXT.flag}: ${LEVEL_MEANING.flag}.`,
    `${LEVEL_TEXT.review}: ${LEVEL_MEANING.review}.`,
    isNew ? `NEW: not in the audit of ${longDate(since)}.` : '',
    WEIGHT_MEANING,
    `By member of staff, ${STAFF_ORDER}; numbered as review --finding N takes them.`,
  ].filter(Boolean);
}
