import { describe, expect, it } from 'vitest';
import { finishReport } from '../../src/audit/finishReport.js';
import { textReporter } from '../../src/report/textReporter.js';
import { nextSteps } from '../../src/report/wording.js';
import { finding, pupil, report, staffMember } from './pdf/factories.js';

/**
 * The next steps told a Headteacher to type `social-audit review audit.json` and `social-audit exemptions add` whatever
 * the audit's folder or saved report was called: typed as said, the first finds no file, the second no folder.
 */
const REVIEWS = { findings: { review: 2 } };

describe('the next steps name the files the person gave', () => {
  it('the audit’s folder: the commands to save this audit, review it and record a link, quoted for the shell', () => {
    const steps = nextSteps(REVIEWS, { folder: 'My School' }, '2027-03-24').join('\n');
    expect(steps).toContain("record it with `social-audit exemptions add 'My School'`");
    expect(steps).toContain(
      "decide it with `social-audit review 'My School/audit.json'`, once this audit is saved with `social-audit audit 'My School' --date 2027-03-24 --format json --out 'My School/audit.json'`.",
    );
  });

  it('the saved report (`report`): the review command on that very file', () => {
    const steps = nextSteps(REVIEWS, { saved: 'reports/spring.json' });
    expect(steps.at(-1)).toBe(
      'Look at each finding marked REVIEW and decide it with `social-audit review reports/spring.json`.',
    );
    expect(steps.join('\n')).toContain('record it with `social-audit exemptions add` so');
  });

  it('a report saved apart from its audit folder: FOLDER to fill in, as review needs it named', () => {
    const steps = nextSteps(REVIEWS, { saved: 'reports/spring.json', savedApart: true });
    expect(steps.at(-1)).toBe(
      'Look at each finding marked REVIEW and decide it with `social-audit review reports/spring.json FOLDER`, FOLDER being the audit folder it was made from.',
    );
    expect(steps.join('\n')).toContain('record it with `social-audit exemptions add FOLDER` so');
  });

  it('neither (a library caller, or --roll): as before, the generic commands', () => {
    expect(nextSteps(REVIEWS).at(-1)).toContain('`social-audit review audit.json`, on this audit saved with');
    expect(nextSteps({ findings: { review: 0 } }).join('\n')).not.toContain('social-audit review');
  });

  it('reach the text report through its context', () => {
    const teacher = staffMember('S2', 'Ben Cole');
    const shown = finishReport(
      report({ findings: [finding(teacher, pupil('Maya Patel'), { level: 'review' })], staff: [teacher] }),
    );
    const text = String(textReporter(shown, { color: false, width: 200, typed: { saved: 'school/autumn.json' } }));
    expect(text).toContain('decide it with `social-audit review school/autumn.json`.');
  });
});
