import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/report.js';
import { actionChoices, recapOf } from '../../src/prompts/actionChoices.js';

const finding: Finding = {
  level: 'review',
  staff: { id: 'ST11', name: 'Craig Invented', role: 'Coach' },
  pupil: { id: 'P1', name: 'Mo Madeup', status: 'current', age: 9, yearGroup: 'Year 5', regGroup: 'Rowan' },
  connection: { platform: 'instagram', name: 'Mo Madeup', username: 'mo.k_fc', source: 'connections.csv:4' },
  score: 0.6,
  reasons: ['NAME_EXACT', 'CURRENT_PUPIL'],
};
const former = { id: 'P2', name: 'Mo Madeup', status: 'former' as const, age: 12, leavingDate: '2025-07-18' };

describe('recapOf: the finding in a few words, for a question whose finding scrolled away', () => {
  it('names whose list, the platform and the account (its username, else its name), and the one pupil', () => {
    expect(recapOf({ number: 7, finding })).toBe('no. 7: Craig Invented’s Instagram @mo.k_fc, may be Mo Madeup');
    const { username: _username, ...byName } = finding.connection;
    expect(recapOf({ number: 2, finding: { ...finding, level: 'flag', connection: byName } })).toBe(
      'no. 2: Craig Invented’s Instagram “Mo Madeup”, is Mo Madeup',
    );
    const linkOnly = {
      platform: 'instagram' as const,
      profileUrl: 'https://instagram.com/mo.k',
      source: 'connections.csv:4',
    };
    expect(recapOf({ number: 3, finding: { ...finding, connection: linkOnly } })).toBe(
      'no. 3: Craig Invented’s Instagram https://instagram.com/mo.k, may be Mo Madeup',
    );
  });

  it('leaves the pupils to the choices where several share the account', () => {
    const several = { ...finding, otherCandidates: [{ pupil: former, score: 0.3, reasons: finding.reasons }] };
    expect(recapOf({ number: 7, finding: several })).toBe('no. 7: Craig Invented’s Instagram @mo.k_fc');
  });
});

describe('actionChoices', () => {
  it('gives each choice that can be said shorter its shorter way, telling namesakes apart by status', () => {
    const several = { ...finding, otherCandidates: [{ pupil: former, score: 0.3, reasons: finding.reasons }] };
    const narrow = actionChoices(several, new Set(), 4).map((c) => c.narrow ?? c.name);
    expect(narrow).toEqual([
      'It is Mo Madeup, current pupil, Year 5 Rowan, age 9',
      'It is Mo Madeup, former pupil, left 18 July 2025, age 12',
      'None of these pupils: dismiss it',
      'A declared family link: record it',
      'Skip: decide later',
      'Stop here and save 4 decisions',
    ]);
  });
});
