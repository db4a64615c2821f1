import { describe, expect, it } from 'vitest';
import { staleDecisionWarning } from '../../src/audit/staleDecisionWarning.js';
import type { Finding } from '../../src/model/report.js';
import { recapOf } from '../../src/prompts/actionChoices.js';
import { shownAs } from '../../src/report/pdf/findingsTable.js';
import { describeHandle, describeShownAs } from '../../src/report/wording.js';
import { finding as aFinding, pupil, staffMember } from './pdf/factories.js';

// A list may give a handle with its `@` or without: every place that shows it writes one `@`.

const finding = (username: string): Finding =>
  aFinding(staffMember('ST01', 'Jo Invented'), pupil('Connor Madeup'), {
    connection: { platform: 'instagram', name: 'Connor M', username, source: 'connections.csv:12' },
  });

describe('an account’s handle', () => {
  it.each(['connor.m', '@connor.m'])('is written @connor.m wherever it is shown, given as %s', (username) => {
    expect(describeHandle(username)).toBe('@connor.m');
    expect(describeShownAs(finding(username).connection)).toBe('"Connor M" (@connor.m)');
    expect(JSON.stringify(shownAs(finding(username).connection))).toContain('"@connor.m"');
    expect(recapOf({ number: 3, finding: finding(username) })).toContain('Instagram @connor.m,');
    const decision = { key: 'k', staffId: 'ST01', pupilId: 'P1', decision: 'dismiss' as const };
    const warning = staleDecisionWarning({
      decision,
      changed: 'pupil',
      finding: finding(username),
      pupil: finding(username).pupil,
    });
    expect(warning.args).toMatchObject({ account: '@connor.m' });
  });
});
