import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { forenameWritten } from '../../src/match/forenameWritten.js';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A forename alone (`poppy11`) is weighed by how many of these lists' accounts bear that forename, as a forename
// beside a surname's initial is (`Poppy K`): a child's name no adult on the lists bears says more than one many bear.
const ALONE: FeatureLevels = { ...WHOLE_NAME_LEVELS, fore: 'none', sur: 'none', names: 'handle', digits: 'dob' };
const facts = (forenameShare: number, forenameAlone?: boolean) => ({
  accounts: 20_000,
  forenameShare,
  surnameShare: 0.002,
  otherAccounts: undefined,
  platformShare: 0.2,
  ...(forenameAlone === undefined ? {} : { forenameAlone }),
});

describe('a forename alone, weighed by its rarity on the lists', () => {
  const model = new MatchModel();
  const typical = model.parameters.typicalForename;

  it('weighs the forename’s share against the typical forename’s, as a forename beside an initial', () => {
    const rare = model.frequency(ALONE, facts(typical / 8, true));
    expect(rare).toMatchObject({ code: 'NAME_FREQUENCY', weight: 3, args: { part: 'forename' } });
    expect(model.frequency(ALONE, facts(typical * 4, true))?.weight).toBe(-2);
    expect(model.frequency({ ...ALONE, fore: 'legal', sur: 'initial' }, facts(typical / 8))?.weight).toBe(3);
  });

  it('says nothing where the account writes none of the pupil’s forenames (a pet form alone)', () => {
    expect(model.frequency(ALONE, facts(typical / 8))).toBeUndefined();
    expect(model.frequency(ALONE, facts(typical / 8, false))).toBeUndefined();
  });

  it('knows which forename the account writes', () => {
    const poppy = pupil('P1', 'Penelope', 'Standen', { preferredForename: 'Poppy' });
    expect(forenameWritten(poppy, { username: 'poppy11' })).toBe('poppy');
    expect(forenameWritten(poppy, { username: '11_poppyy' })).toBe('poppy');
    expect(forenameWritten(poppy, { username: 'itspenelope.2011' })).toBe('penelope');
    expect(forenameWritten(poppy, { displayName: 'Poppy ✨', username: 'p.s.11' })).toBe('poppy');
    expect(forenameWritten(poppy, { displayName: 'Pippa', username: 'pippa11' })).toBeUndefined();
  });

  it('finds a child’s forename alone with the birth year where no adult on the lists bears it, not where many do', () => {
    const score = (adultsForename: string) => {
      const pupils = [pupil('P1', 'Poppy', 'Standen', { dob: '2011-05-01', yearGroup: 'Year 10' })];
      const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
      const rows: Connection[] = [];
      const surnames = ['Ward', 'Hill', 'Lane', 'Cole', 'Hart', 'Bell', 'Moss', 'Reed', 'Shaw', 'Webb', 'Dale', 'Ford'];
      for (let i = 0; i < 600; i++)
        rows.push({
          ...connection(`${i % 10 === 0 ? adultsForename : 'Karen'} ${surnames[i % surnames.length]}${i}`),
          platform: 'facebook',
        });
      const account = { ...connection(undefined, 'poppy11'), platform: 'facebook' };
      for (const row of rows) matcher.match(row, STAFF);
      const waiting = matcher.match(account, STAFF);
      const [best] = matcher.finalise(waiting, account);
      return best;
    };
    const rare = score('Sharon');
    const common = score('Poppy');
    expect(rare?.pupil.id).toBe('P1');
    expect(common?.pupil.id).toBe('P1');
    expect(rare!.score).toBeGreaterThan(common!.score);
    expect(rare!.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.weight).toBeGreaterThan(0);
    expect(common!.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.weight).toBeLessThan(0);
  });
});
