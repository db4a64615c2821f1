import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/report.js';
import { describeFinding } from '../../src/prompts/describeFinding.js';
import { connectionLine, findingWords } from '../../src/report/findingWords.js';
import { findingLines } from '../../src/report/textFinding.js';
import { finding, pupil, staffMember } from './pdf/factories.js';

// The text report and the review prompt lay out one set of words for a finding; neither words a part itself.

const bare = finding(staffMember('ST01', 'Jo Invented'), pupil('Connor Madeup'), {
  level: 'review',
  connection: { platform: 'tiktok', name: 'Connor Madeup', username: '@connor.m', source: 'connections.csv:12' },
  score: 0.5,
});

const full: Finding = {
  ...bare,
  score: 0.995,
  reasons: ['NAME_EXACT', 'FORMER_PUPIL_DOB_UNKNOWN'],
  connection: { ...bare.connection, relationship: 'follower', connectedOn: '2026-06-06' },
  contributions: [{ code: 'SURNAME_EXACT', weight: 4.7 }],
  otherCandidates: [
    {
      pupil: { id: 'P2', name: 'Connor Madeup', status: 'former', age: null, leavingDate: '2025-07-20' },
      score: 0.4,
      reasons: ['NAME_EXACT'],
    },
  ],
  otherCandidatesLeftOut: 2,
  sameAccount: [4, 9],
  sameAccountElsewhere: [12],
  decision: { decision: 'confirm', decidedBy: 'K. Head', decidedOn: '2026-10-03' },
};

const textReport = (finding: Finding) => findingLines(finding, 1, new Chalk({ level: 0 }), 400, 1).join('\n');

describe('findingWords', () => {
  it('gives every part of a finding that has one, and leaves out those it has not', () => {
    const words = findingWords(full);
    expect(words).toMatchObject({ level: 'REVIEW', verb: 'may be', source: 'connections.csv:12' });
    expect(connectionLine(words)).toBe(
      'TikTok: "Connor Madeup" (@connor.m) · follows the staff member · since 6 June 2026',
    );
    for (const part of ['weighed', 'held', 'leftOut', 'sameAccount', 'sameAccountElsewhere', 'confirmed'] as const)
      expect(words[part], part).toBeTruthy();
    const none = findingWords(bare);
    expect(none.others).toEqual([]);
    for (const part of [
      'since',
      'weighed',
      'held',
      'leftOut',
      'sameAccount',
      'sameAccountElsewhere',
      'confirmed',
    ] as const)
      expect(none[part], part).toBeUndefined();
  });

  it('is what the text report shows, every part of it', () => {
    const words = findingWords(full);
    const shown = textReport(full);
    for (const part of [
      words.pupil.name,
      words.pupil.status,
      connectionLine(words),
      words.why,
      words.weighed!,
      words.held!,
      `${words.others[0]!.name} — ${words.others[0]!.status}`,
      words.leftOut!,
      words.sameAccount!,
      words.sameAccountElsewhere!,
      words.confirmed!,
      words.source,
    ])
      expect(shown).toContain(part);
  });

  it('is what the review prompt shows of it', () => {
    const words = findingWords(full);
    const shown = describeFinding(full, 'Finding 1 of 1');
    for (const part of [
      `${words.verb} ${words.pupil.name} — ${words.pupil.status}`,
      connectionLine(words),
      words.why,
      words.weighed!,
      words.held!,
      `or ${words.others[0]!.name} — ${words.others[0]!.status}`,
      words.leftOut!,
      words.sameAccount!,
      words.sameAccountElsewhere!,
      words.confirmed!,
      words.source,
    ])
      expect(shown).toContain(part);
    // Each a line of its own, ended as the report ends it.
    for (const part of [words.leftOut!, words.sameAccountElsewhere!, words.confirmed!])
      expect(shown.split('\n')).toContain(`  ${part}`);
  });
});
