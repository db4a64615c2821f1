import { describe, expect, it } from 'vitest';
import { finishReport } from '../../src/audit/finishReport.js';
import { redactReport } from '../../src/report/redact.js';
import { describeNumbers, reportNextSteps, routingSteps } from '../../src/report/routing.js';
import { textReporter } from '../../src/report/textReporter.js';
import { visibleLength } from '../../src/report/wrapLine.js';
import { finding, pupil, report, staffMember } from './pdf/factories.js';

const HEAD = staffMember('S1', 'Alice Hart', 'Headteacher');
const TEACHER = staffMember('S2', 'Ben Cole', 'Teacher');
const DSL = staffMember('S3', 'Carla Moss', 'Deputy Head, DSL');
const CHAIR = staffMember('S4', 'Dev Rao', 'Governor (Chair of Governors)');

const school = () =>
  finishReport(
    report({
      findings: [
        finding(TEACHER, pupil('Maya Patel')),
        finding(HEAD, pupil('Oliver Smith')),
        finding(HEAD, pupil('Isla Grant')),
        finding(DSL, pupil('Jack Turner')),
        finding(TEACHER, pupil('Harvey Lewis')),
      ],
      staff: [HEAD, TEACHER, DSL, CHAIR],
    }),
  );

describe('describeNumbers', () => {
  it('names one finding, two, and runs of three or more', () => {
    expect(describeNumbers([4])).toBe('Finding 4');
    expect(describeNumbers([4, 5])).toBe('Findings 4 and 5');
    expect(describeNumbers([1, 2, 3, 6, 9])).toBe('Findings 1–3, 6 and 9');
    expect(describeNumbers([1, 2, 4, 5])).toBe('Findings 1, 2, 4 and 5');
    const trust = Array.from({ length: 2000 }, (_, i) => 2 * i + 1);
    expect(describeNumbers(trust)).toBe(
      'Findings 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23 and 1,988 more (2,000 in all)',
    );
  });
});

describe('routingSteps', () => {
  it('names the findings about the Headteacher and the DSL by number, and who receives them by name', () => {
    expect(routingSteps(school())).toEqual([
      'Findings 1 and 2 concern the Headteacher: give them to the Chair of Governors, Dev Rao.',
      'Findings 3 and 4 go to the Designated Safeguarding Lead, Carla Moss.',
      'Finding 5 concerns the Designated Safeguarding Lead: give it to the Headteacher, Alice Hart.',
    ]);
  });

  it('keeps the routing in the redacted copy without naming anyone', () => {
    const redacted = redactReport(school());
    expect(redacted.findings.map((f) => [f.number, f.reportTo])).toEqual(
      school().findings.map((f) => [f.number, f.reportTo]),
    );
    expect(routingSteps(redacted)[0]).toBe(
      'Findings 1 and 2 concern the Headteacher: give them to the Chair of Governors.',
    );
    expect(reportNextSteps(redacted).join(' ')).not.toMatch(/Dev Rao|Carla Moss|Alice Hart/);
  });
});

describe('text report', () => {
  it('prints each finding’s number and the routing in the next steps', () => {
    const text = String(textReporter(school(), { color: false, width: 100 }));
    expect(text).toMatch(/^ {2}1\. FLAG +Isla Grant/m);
    expect(text).toMatch(/^ {2}5\. FLAG +Jack Turner/m);
    expect(text).toContain(
      'Finding 5 concerns the Designated Safeguarding Lead: give it to the Headteacher, Alice Hart.',
    );
  });

  it('fits every line into the width it is given, at any width, with colour or without', () => {
    for (const width of [20, 33, 40, 61, 80, 119]) {
      for (const color of [false, true]) {
        const rows = String(textReporter(school(), { color, width })).split('\n');
        const over = rows.filter((row) => visibleLength(row) > width && row.trim().split(' ').length > 1);
        expect(over, `${width} ${color}`).toEqual([]);
      }
    }
  });
});
