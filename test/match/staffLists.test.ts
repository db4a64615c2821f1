import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import {
  estimatePresentation,
  LEAST_LISTS_ACCOUNTS,
  type PresentationPair,
  PSEUDO_ACCOUNTS,
} from '../../src/match/estimatePresentation.js';
import { type FeatureLevels, MatchModel, type ModelParameters, posteriors } from '../../src/match/matchModel.js';
import type { Connection, StaffMember } from '../../src/model/records.js';
import { describeContribution } from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';
import { connection, PUPILS, STAFF } from './fixtures/pupils.js';

const OTHER_STAFF: StaffMember = { id: 'S2', name: 'Dev Okafor', forename: 'Dev', surname: 'Okafor' };

describe('how many members of staff hold an account on their lists', () => {
  /** The `lists` level of the one candidate for Amelia Jones, once every list is read. */
  const levelAfter = (rows: [Connection, StaffMember][]): string | undefined => {
    const matcher = createMatcher(PUPILS);
    const waiting = rows.map(([row, staff]) => matcher.match(row, staff));
    matcher.forgetCaches?.();
    const weighed = matcher.finalise(waiting[0]!, rows[0]![0]);
    return weighed.find((c) => c.pupil.id === 'P03')?.levels.lists;
  };
  const amelia = connection('Amelia Jones', 'amelia.jones.x');

  it('is `several` where two members of staff list the same handle on the same platform', () => {
    expect(
      levelAfter([
        [amelia, STAFF],
        [amelia, OTHER_STAFF],
      ]),
    ).toBe('several');
  });

  it('is `one` where one member of staff lists it twice (followers and following), or another lists it elsewhere', () => {
    expect(
      levelAfter([
        [amelia, STAFF],
        [amelia, STAFF],
      ]),
    ).toBe('one');
    expect(
      levelAfter([
        [amelia, STAFF],
        [{ ...amelia, platform: 'tiktok' }, OTHER_STAFF],
      ]),
    ).toBe('one');
  });

  it('is not known without a handle: two people of one name are not one account', () => {
    const bare = connection('Amelia Jones');
    expect(
      levelAfter([
        [bare, STAFF],
        [bare, OTHER_STAFF],
      ]),
    ).toBe('unknown');
  });
});

describe('estimating the staff-lists term on the audit’s own candidates', () => {
  const PARAMETERS: ModelParameters = testParameters({ platform: { tiktok: 1 }, age: { older: { age8to12: 1 } } });
  const model = new MatchModel(PARAMETERS);
  const pair = (base: number, lists: string): PresentationPair[] => [
    { base, levels: { ...WHOLE_NAME_LEVELS, lists }, platformShare: 0.2 },
  ];
  const times = (n: number, make: () => PresentationPair[]) => Array.from({ length: n }, make);
  const term = (presentation: ReturnType<typeof estimatePresentation>['presentation'], lists: string) =>
    model
      .listTerms({ ...WHOLE_NAME_LEVELS, lists } as FeatureLevels, FACTS, presentation, 'audit')
      .find((c) => c.code === 'STAFF_LISTS');
  const FACTS = {
    accounts: 20_000,
    forenameShare: 0.001,
    surnameShare: 0.002,
    otherAccounts: undefined,
    platformShare: 0.2,
  };

  it('recovers a known tally: m on the pupils beyond doubt (leaning to u), u on the others', () => {
    // 500 pupils' accounts beyond doubt, 300 of them on several lists; 3,000 other accounts, 30 of them.
    const groups = [
      ...times(300, () => pair(30, 'several')),
      ...times(200, () => pair(30, 'one')),
      ...times(30, () => pair(-40, 'several')),
      ...times(2_970, () => pair(-40, 'one')),
    ];
    const { presentation } = estimatePresentation(model, groups, 1_000);
    expect(presentation.listsShare!.several).toBeCloseTo(0.01, 3);
    expect(presentation.lists!.several).toBeCloseTo((300 + PSEUDO_ACCOUNTS * 0.01) / (500 + PSEUDO_ACCOUNTS), 3);
    const several = term(presentation, 'several')!;
    expect(several.weight).toBeCloseTo(Math.log2(presentation.lists!.several! / 0.01), 1);
    expect(several.args).toMatchObject({ lists: 'several', from: 'audit' });
    expect(term(presentation, 'one')!.weight).toBeLessThan(0);
    // A handle unknown: nothing weighed.
    expect(term(presentation, 'unknown')).toBeUndefined();
  });

  it('takes nothing from the bench: where no pupil beyond doubt is on several lists, an adult who is gains nothing', () => {
    const groups = [
      ...times(500, () => pair(30, 'one')),
      ...times(60, () => pair(-40, 'several')),
      ...times(2_940, () => pair(-40, 'one')),
    ];
    const { presentation } = estimatePresentation(model, groups, 1_000);
    expect(presentation.lists!.several!).toBeLessThan(presentation.listsShare!.several!);
    expect(term(presentation, 'several')!.weight).toBeLessThan(0);
  });

  it('is not weighed on too few other accounts to count, nor before any estimate', () => {
    const groups = [...times(50, () => pair(30, 'several')), ...times(20, () => pair(-40, 'one'))];
    const { presentation } = estimatePresentation(model, groups, 100);
    expect(presentation.listsShare).toBeUndefined();
    expect(term(presentation, 'several')).toBeUndefined();
    expect(term(PARAMETERS.presentation, 'several')).toBeUndefined();
  });

  it('returns a fixed point of the EM: the m and u its own posteriors imply', () => {
    // Pairs beyond doubt (base 30) or never so (base ≤ −3, below the line whatever the prior), so the line is not in question.
    const arbitraryGroup = fc.record({
      lists: fc.constantFrom('one', 'several', 'unknown'),
      bases: fc.array(fc.oneof(fc.constant(30), fc.double({ min: -12, max: -3, noNaN: true })), {
        minLength: 1,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryGroup, { minLength: 1, maxLength: 400, size: 'max' }), (raw) => {
        const groups = raw.map((g) => g.bases.flatMap((base) => pair(base, g.lists)));
        const { accountsPerPupil, presentation } = estimatePresentation(model, groups, 100);
        const bits = (q: PresentationPair) => {
          const mu = model.listsMU(q.levels, presentation);
          return q.base + Math.log2(accountsPerPupil) + (mu ? Math.log2(mu[0] / mu[1]) : 0);
        };
        const m = new Map<string, number>();
        const u = new Map<string, number>();
        for (const group of groups) {
          const lists = group[0]!.levels.lists;
          if (lists === 'unknown') continue;
          const ps = posteriors(group.map(bits));
          u.set(lists, (u.get(lists) ?? 0) + Math.max(0, 1 - ps.reduce((a, b) => a + b, 0)));
          ps.forEach((p, i) => {
            if (group[i]!.base === 30) m.set(lists, (m.get(lists) ?? 0) + p);
          });
        }
        const others = (u.get('one') ?? 0) + (u.get('several') ?? 0);
        if (others < LEAST_LISTS_ACCOUNTS) {
          expect(presentation.listsShare).toBeUndefined();
          return;
        }
        const share = (u.get('several') ?? 0) / others;
        expect(presentation.listsShare!.several!).toBeCloseTo(share, 2);
        const beyondDoubt = (m.get('one') ?? 0) + (m.get('several') ?? 0);
        const expected = ((m.get('several') ?? 0) + PSEUDO_ACCOUNTS * share) / (beyondDoubt + PSEUDO_ACCOUNTS);
        expect(presentation.lists!.several!).toBeCloseTo(expected, 2);
      }),
      { numRuns: 40 },
    );
  });

  it('says in words which way the account’s lists pointed', () => {
    const groups = [
      ...times(300, () => pair(30, 'several')),
      ...times(200, () => pair(30, 'one')),
      ...times(3_000, () => pair(-40, 'one')),
    ];
    const words = describeContribution(term(estimatePresentation(model, groups, 1_000).presentation, 'several')!);
    expect(words).toMatch(/^on more than one member of staff’s list: a larger share of pupils’ accounts/);
    expect(words).toContain('as estimated on these lists');
  });
});
