import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Pupil } from '../../src/model/records.js';
import { declaredOdds, shareWithDeclared } from '../../src/policy/declaredOdds.js';

const candidate = (id: string, score: number): MatchCandidate => ({
  pupil: { id, legalForename: 'Ezra', legalSurname: 'Tolland', source: { file: 'roll.csv', line: 2 } } as Pupil,
  score,
  reasons: ['NAME_EXACT'],
  contributions: [],
  levels: {} as MatchCandidate['levels'],
});

describe('declaredOdds', () => {
  it('is the share of links found against a pupil’s chance of being on a list of that length', () => {
    // 7 of 8 links found: (7 + 1) / (8 + 2) = 0.8; a pupil's chance on 100 of 20,000 accounts at 0.5 a pupil: 0.0025.
    expect(declaredOdds({ found: 7, links: 8 }, 0.5, 20_000, 100)).toBeCloseTo(320, 6);
  });

  it('is 1 where two rows of the list read as the child: one may be the namesake’s', () => {
    expect(declaredOdds({ found: 7, links: 8 }, 0.5, 20_000, 100, 2)).toBe(1);
  });

  it('is never below 1, however long the list', () => {
    expect(declaredOdds({ found: 0, links: 10 }, 0.5, 1_000, 1_000)).toBe(1);
  });
});

describe('shareWithDeclared', () => {
  it('leaves the candidates as they are where no declared child is among them', () => {
    const candidates = [candidate('P1', 0.4), candidate('P2', 0.4)];
    expect(shareWithDeclared(candidates, [1, 1])).toBe(candidates);
  });

  it('multiplies the declared child’s odds and shares the rest in proportion, saying so for the others', () => {
    const [declared, other] = shareWithDeclared([candidate('P1', 0.4), candidate('P2', 0.4)], [100, 1]);
    // Nobody 0.2, the child 40, the namesake 0.4: 40.6 in all.
    expect(declared!.score).toBeCloseTo(40 / 40.6, 9);
    expect(other!.score).toBeCloseTo(0.4 / 40.6, 9);
    expect(other!.contributions.map((c) => [c.code, c.args?.times])).toEqual([['DECLARED_CHILD_LIKELIER', 100]]);
    const before = Math.log2(0.4 / 0.6);
    const after = Math.log2(other!.score / (1 - other!.score));
    expect(other!.contributions[0]!.weight).toBeCloseTo(after - before, 9);
    expect(declared!.contributions).toEqual([]);
  });
});
