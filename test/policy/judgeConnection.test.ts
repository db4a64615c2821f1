import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Exemption, Pupil } from '../../src/model/records.js';
import { judgeConnection, type PolicyLookup } from '../../src/policy/judgeConnection.js';
import { OUTWEIGHED_BY } from '../../src/policy/knownPeople.js';
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

  // The account is one person, and the member of staff told the school of their child: a namesake the weighing
  // cannot tell from them (an equal share, `knownPeople`) is no finding; only one clearly likelier is reported.
  const PARENT_OF_P1: Exemption = { staffId: 'S1', pupilId: 'P1', relationship: 'parent' };
  /** The account read as the declared child P1 and as a namesake P9, with these shares. */
  const childAndNamesake = (ofChild: number, ofNamesake?: number) =>
    judgeConnection(
      'S1',
      [candidate(pupil('P1'), ofChild), ...(ofNamesake === undefined ? [] : [candidate(pupil('P9'), ofNamesake)])],
      lookup([PARENT_OF_P1]),
    );

  it('gives the account to the declared child, not to a namesake who matches no better or not clearly better', () => {
    // The last: six children of that forename in Year 9 and `isla9`, the declared one's share as much as any.
    for (const [ofChild, ofNamesake] of [
      [0.45, 0.45],
      [0.9, 0.05],
      [0.2, 0.6],
      [0.06, 0.06],
    ] as const)
      expect(childAndNamesake(ofChild, ofNamesake)).toMatchObject({ kind: 'exempt', exemption: PARENT_OF_P1 });
  });

  it('still reports, for review, a namesake clearly likelier than the declared child, with the link beside it', () => {
    // The last: a declared child too unlikely to be reported alone is still listed beside the namesake.
    for (const [ofChild, ofNamesake] of [
      [0.2, OUTWEIGHED_BY * 0.2],
      [0.05, 0.7],
    ] as const) {
      const judgement = childAndNamesake(ofChild, ofNamesake);
      expect(judgement).toMatchObject({ kind: 'finding', level: 'review', exempt: { exemption: PARENT_OF_P1 } });
      expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P9']);
    }
  });

  it('lists as exempted a declared child too unlikely to be reported alone, where they explain a namesake', () => {
    expect(childAndNamesake(0.05, 0.15)).toMatchObject({
      kind: 'exempt',
      exemption: PARENT_OF_P1,
      candidate: { level: 'review' },
    });
    // Explaining nobody, they are listed nowhere, as before.
    expect(childAndNamesake(0.05)).toEqual({ kind: 'none' });
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
