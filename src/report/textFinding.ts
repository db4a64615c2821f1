import type { ChalkInstance } from 'chalk';
import type { AuditReport, Finding } from '../model/report.js';
import { connectionLine, findingWords } from './findingWords.js';
import { STAFF_ORDER } from './staffGroups.js';
import { LEVEL_MEANING, LEVEL_TEXT, longDate, WEIGHT_MEANING } from './wording.js';
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
  const words = findingWords(finding);
  const number = `${n}.`.padStart(numberWidth + 1);
  // Under the pupil's name where a row leaves room for words; on a narrow terminal, under FLAG or REVIEW.
  const compact = width - (2 + number.length + 1 + 9) < COMPACT_BELOW;
  const pad = compact ? 0 : 7;
  const label = finding.level === 'flag' ? c.red.bold(words.level.padEnd(pad)) : c.yellow(words.level.padEnd(pad));
  const indent = ' '.repeat(2 + number.length + 1 + (compact ? 0 : 9));
  const isNew = finding.change === 'new' ? `${c.cyan.bold('NEW')} ` : '';
  const head = `${label}${compact ? ' ' : '  '}${isNew}${c.bold(words.pupil.name)} — ${words.pupil.status}`;
  const start = `  ${number} `;
  const rows = wrap(head, width - indent.length, width - start.length).map((row, i) =>
    i === 0 ? `${start}${row}` : `${indent}${row}`,
  );
  /** The text wrapped under the pupil's name (or the level), each row styled. */
  const add = (text: string | undefined, style: (row: string) => string = (row) => row): void => {
    if (text) for (const row of wrap(text, width - indent.length)) rows.push(`${indent}${style(row)}`);
  };
  add(connectionLine(words));
  add(words.link, c.dim);
  add(`Why: ${words.why}`);
  add(words.weighed && `Weighed: ${words.weighed}`, c.dim);
  add(words.held, c.yellow);
  for (const other of words.others) add(`Could also be: ${other.name} — ${other.status}`, c.dim);
  add(words.leftOut, c.dim);
  add(words.sameAccount);
  add(words.sameAccountElsewhere, c.yellow);
  if (words.confirmed) rows.push(`${indent}${c.dim(words.confirmed)}`);
  rows.push(`${indent}${c.dim(`Source: ${words.source}`)}`);
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
