import { describe, expect, it } from 'vitest';
import type { AuditReport, Finding, StaffRef } from '../../src/model/report.js';
import { csvReporter } from '../../src/report/csvReporter.js';
import { jsonReporter } from '../../src/report/jsonReporter.js';
import { pdfReporter } from '../../src/report/pdf/pdfReporter.js';
import { redactReport } from '../../src/report/redact.js';
import { textReporter } from '../../src/report/textReporter.js';
import { finding, pupil, report, staffMember } from './pdf/factories.js';
import { pdfPages } from './pdf/pdfText.js';

/**
 * The DSL meets the flagged findings first: in the text and PDF reports, staff with a flagged finding come before
 * staff with reviews only, each member of staff's findings kept together and in the report's order. The JSON and CSV
 * keep the report's order (numbers 1, 2, 3… as `review --finding` takes them).
 */
const ADAMS = staffMember('S01', 'Ann Adams');
const BROWN = staffMember('S02', 'Ben Brown');
const CLARK = staffMember('S03', 'Cat Clark');
const DIXON = staffMember('S04', 'Dan Dixon');

/** As `finishReport` orders and numbers them: by staff name, flags before reviews. */
function ordered(): AuditReport {
  const of = (staff: StaffRef, level: Finding['level'], name: string) => finding(staff, pupil(name), { level });
  const findings = [
    of(ADAMS, 'review', 'Pupil Aone'),
    of(ADAMS, 'review', 'Pupil Atwo'),
    of(BROWN, 'flag', 'Pupil Bone'),
    of(BROWN, 'review', 'Pupil Btwo'),
    of(CLARK, 'review', 'Pupil Cone'),
    of(DIXON, 'flag', 'Pupil Done'),
  ].map((f, i) => ({ ...f, number: i + 1 }));
  return report({ findings });
}

/** Where each pupil's name first appears in the text: the order the reader meets the findings. */
function orderMet(text: string): string[] {
  const names = ordered().findings.map((f) => f.pupil.name);
  return names.filter((n) => text.includes(n)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

const GRAVEST_FIRST = ['Pupil Bone', 'Pupil Btwo', 'Pupil Done', 'Pupil Aone', 'Pupil Atwo', 'Pupil Cone'];
const context = { color: false, width: 100 };

describe('the gravest first', () => {
  it('puts staff with a flagged finding first in the text report, numbers kept', () => {
    const text = textReporter(ordered(), context) as string;
    expect(orderMet(text)).toEqual(GRAVEST_FIRST);
    // Each finding keeps its number, as review --finding takes it.
    expect(text.indexOf('3. FLAG     Pupil Bone')).toBeLessThan(text.indexOf('6. FLAG     Pupil Done'));
    expect(text.indexOf('6. FLAG     Pupil Done')).toBeLessThan(text.indexOf('1. REVIEW   Pupil Aone'));
    expect(text).toContain('staff with a flagged finding first');
    expect(text.indexOf('Ben Brown')).toBeLessThan(text.indexOf('Ann Adams (S01'));
  });

  it('does so in the PDF, the governors’ copy too', async () => {
    const full = (await pdfPages((await pdfReporter(ordered(), context)) as Uint8Array)).join('\n');
    expect(orderMet(full.slice(full.indexOf('Findings')))).toEqual(GRAVEST_FIRST);
    const redacted = (await pdfPages((await pdfReporter(redactReport(ordered()), context)) as Uint8Array)).join('\n');
    const initials = ['B.B.', 'D.D.', 'A.A.', 'C.C.'];
    const findings = redacted.slice(redacted.indexOf('staff with a flagged finding first'));
    const at = initials.map((who) => findings.indexOf(who));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('leaves the JSON and CSV in the report’s order', () => {
    const json = JSON.parse(jsonReporter(ordered(), context) as string) as AuditReport;
    expect(json.findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const csv = (csvReporter(ordered(), context) as string).split('\r\n').slice(1, -1);
    expect(csv.map((row) => /Pupil \w+/.exec(row)?.[0])).toEqual(ordered().findings.map((f) => f.pupil.name));
  });
});
