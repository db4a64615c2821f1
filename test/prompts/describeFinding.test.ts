import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/report.js';
import { describeFinding } from '../../src/prompts/describeFinding.js';
import { finding as aFinding, pupil, staffMember } from '../report/pdf/factories.js';

// The DSL deciding at the terminal sees what the report shows, a REVIEW held from FLAG included.

const finding = (score: number): Finding =>
  aFinding(
    staffMember('ST01', 'Jo Invented'),
    pupil('Connor Madeup', { status: 'former', age: null, leavingDate: '2025-07-20' }),
    {
      level: 'review',
      connection: { platform: 'facebook', name: 'Connor Madeup', source: 'connections.csv:12' },
      score,
      reasons: ['NAME_EXACT', 'FORMER_PUPIL_DOB_UNKNOWN'],
    },
  );

describe('describeFinding', () => {
  it('says why a REVIEW at FLAG’s bar is not a FLAG, as the report does', () => {
    const shown = describeFinding(finding(0.995), 'Finding 1 of 1');
    expect(shown).toMatch(/\n {2}REVIEW, not FLAG, though [^\n]*former pupil’s age is unknown/);
  });

  it('says nothing of it under the bar', () => {
    expect(describeFinding(finding(0.5), 'Finding 1 of 1')).not.toContain('not FLAG');
  });

  it('names the findings of the same account on other staff members’ lists, and none where there are none', () => {
    expect(describeFinding({ ...finding(0.5), sameAccount: [4, 9] }, 'Finding 1 of 1')).toMatch(
      /\n {2}The same account is on other staff members’ lists as this pupil: findings 4 and 9\n/,
    );
    expect(describeFinding(finding(0.5), 'Finding 1 of 1')).not.toContain('same account');
  });

  it('says its dates as the report does: since 3 March 2024, left 20 July 2025', () => {
    const dated = { ...finding(0.5), connection: { ...finding(0.5).connection, connectedOn: '2024-03-03' } };
    const shown = describeFinding(dated, 'Finding 1 of 1');
    expect(shown).toContain('Facebook: "Connor Madeup" · connected · since 3 March 2024');
    expect(shown).toContain('former pupil, left 20 July 2025, age unknown');
  });

  it('shows an account known only by its link as the link, and one with nothing to show as withheld', () => {
    const shownAs = (connection: Finding['connection']) =>
      describeFinding({ ...finding(0.5), connection }, 'Finding 1');
    const link = 'https://www.facebook.com/connor.m';
    expect(shownAs({ platform: 'facebook', profileUrl: link, source: 'connections.csv:12' })).toContain(
      `Facebook: ${link} · connected`,
    );
    expect(shownAs({ platform: 'facebook', source: 'connections.csv:12' })).toContain('Facebook: (name withheld) ·');
  });

  it('gives the link the list gave, so that the person deciding can look at the account, and no link that is not a web page', () => {
    const linked = (profileUrl: string) =>
      describeFinding(
        { ...finding(0.5), connection: { ...finding(0.5).connection, username: 'connor.m', profileUrl } },
        'Finding 1',
      );
    expect(linked('https://www.facebook.com/connor.m')).toMatch(
      /\n {2}Facebook: "Connor Madeup" \(@connor\.m\) · connected\n {2}Profile link: https:\/\/www\.facebook\.com\/connor\.m\n/,
    );
    expect(linked('javascript:alert(1)')).not.toContain('Profile link');
    expect(describeFinding(finding(0.5), 'Finding 1')).not.toContain('Profile link');
  });
});
