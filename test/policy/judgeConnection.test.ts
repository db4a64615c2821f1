import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Exemption, Pupil } from '../../src/model/records.js';
import { judgeConnection, type PolicyLookup } from '../../src/policy/judgeConnection.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { pupilScope } from '../../src/policy/pupilScope.js';

const DAY = '2026-11-24';
const pupil = (id: string, extra: Partial<Pupil> = {}): Pupil => ({
  id,
  legalForename: 'Sam',
  legalSurname: 'Lee',
  dob: '2017-05-05',
  source: { file: 'roll.csv', line: 2 },
  ...extra,
});
const candidate = (p: Pupil, score = 0.995): MatchCandidate => ({
  pupil: p,
  score,
  reasons: ['NAME_EXACT'],
  contributions: [],
  levels: {} as MatchCandidate['levels'],
});
const lookup = (exemptions: Exemption[] = []): PolicyLookup => ({
  scopeOf: (p) => pupilScope(p, DAY),
  exemptionFor: (staffId, pupilId) => exemptions.find((e) => e.staffId === staffId && e.pupilId === pupilId),
});

describe('judgeConnection', () => {
  it('reports a current pupil with the policy rule added to the name evidence', () => {
    const judgement = judgeConnection('S1', [candidate(pupil('P1'))], lookup());
    expect(judgement).toMatchObject({ kind: 'finding', level: 'flag' });
    expect(judgement.kind === 'finding' && judgement.candidates[0]?.reasons).toEqual(['NAME_EXACT', 'CURRENT_PUPIL']);
  });

  it('never reports a former pupil aged 18 or over, however strong the name evidence', () => {
    const adult = pupil('P2', { dob: '2005-01-01', leavingDate: '2016-07-20' });
    expect(judgeConnection('S1', [candidate(adult, 1)], lookup())).toEqual({ kind: 'none' });
  });

  it('lowers a former pupil of unknown age to review', () => {
    const unknown = pupil('P3', { leavingDate: '2020-07-20' });
    delete unknown.dob;
    const judgement = judgeConnection('S1', [candidate(unknown)], lookup());
    expect(judgement).toMatchObject({ kind: 'finding', level: 'review' });
  });

  it('exempts a declared family link for that staff member only', () => {
    const child = pupil('P1');
    const link: Exemption = { staffId: 'S1', pupilId: 'P1', relationship: 'parent' };
    expect(judgeConnection('S1', [candidate(child)], lookup([link]))).toMatchObject({
      kind: 'exempt',
      exemption: link,
    });
    expect(judgeConnection('S2', [candidate(child)], lookup([link]))).toMatchObject({ kind: 'finding', level: 'flag' });
  });

  it('still reports, for review, a namesake who matches as well as the exempted child', () => {
    const child = pupil('P1');
    const namesake = pupil('P9');
    const link: Exemption = { staffId: 'S1', pupilId: 'P1', relationship: 'parent' };
    const judgement = judgeConnection('S1', [candidate(child), candidate(namesake)], lookup([link]));
    expect(judgement).toMatchObject({ kind: 'finding', level: 'review', exempt: { exemption: link } });
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P9']);
    const weaker = judgeConnection('S1', [candidate(child, 0.9), candidate(namesake, 0.5)], lookup([link]));
    expect(weaker.kind).toBe('exempt');
  });

  it('leaves to its dismissal, not the family link, a pupil a review said the account is not', () => {
    const child = pupil('P1');
    const namesake = pupil('P9');
    const link: Exemption = { staffId: 'S1', pupilId: 'P1', relationship: 'aunt' };
    const dismissedP1: PolicyLookup = { ...lookup([link]), dismissed: (p) => p.id === 'P1' };
    expect(judgeConnection('S1', [candidate(child, 0.9)], dismissedP1)).toMatchObject({ kind: 'finding' });
    const judgement = judgeConnection('S1', [candidate(child, 0.9), candidate(namesake, 0.5)], dismissedP1);
    expect(judgement.kind === 'finding' && judgement.exempt).toBeUndefined();
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P1', 'P9']);
    // Where the dismissal does not hold (a plain one at FLAG), the link exempts the pupil as before.
    const atFlag: PolicyLookup = { ...lookup([link]), dismissed: (_p, _scope, level) => level !== 'flag' };
    expect(judgeConnection('S1', [candidate(child)], atFlag)).toMatchObject({ kind: 'exempt', exemption: link });
  });

  it('sets the level from the probability: flag from 0.99, review from REVIEW_AT, nothing below', () => {
    expect(judgeConnection('S1', [candidate(pupil('A'), FLAG_AT)], lookup())).toMatchObject({
      kind: 'finding',
      level: 'flag',
    });
    expect(judgeConnection('S1', [candidate(pupil('A'), 0.98)], lookup())).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
    expect(judgeConnection('S1', [candidate(pupil('A'), REVIEW_AT)], lookup())).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
    expect(judgeConnection('S1', [candidate(pupil('A'), REVIEW_AT / 2)], lookup())).toEqual({ kind: 'none' });
  });

  it('puts flags before reviews and stronger before weaker', () => {
    const judgement = judgeConnection('S1', [candidate(pupil('A'), 0.6), candidate(pupil('B'), 0.995)], lookup());
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['B', 'A']);
  });

  it('reviews an account shared by pupils none of whom reaches REVIEW alone, when together they do', () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => candidate(pupil(id), 0.07));
    const judgement = judgeConnection('S1', six, lookup());
    expect(judgement).toMatchObject({ kind: 'finding', level: 'review' });
    expect(judgement.kind === 'finding' && judgement.candidates).toHaveLength(6);
    // Too little together, or shares too small to name: nothing.
    expect(judgeConnection('S1', six.slice(0, 1), lookup())).toEqual({ kind: 'none' });
    expect(
      judgeConnection(
        'S1',
        ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => candidate(pupil(id), 0.015)),
        lookup(),
      ),
    ).toEqual({ kind: 'none' });
  });

  it('names only the pupils whose share is worth a look beside one that reaches REVIEW', () => {
    const judgement = judgeConnection(
      'S1',
      [candidate(pupil('A'), 0.5), candidate(pupil('B'), 0.05), candidate(pupil('C'), 0.01)],
      lookup(),
    );
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['A', 'B']);
  });
});
