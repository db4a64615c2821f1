import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MatchModel } from '../../src/match/matchModel.js';
import { caseCount } from '../helpers/depth.js';
import { connection, PUPILS, STAFF } from './fixtures/pupils.js';

const model = new MatchModel();
// Rows naming the fixture pupils in several ways (preferred, short, initial, surname first, a year), so that
// candidates of many distinct levels come round again.
const FORENAMES = ['Jack', 'Alexander', 'Alex', 'Amelia', 'Olivia', 'Zoe', 'Tomek', 'Thomas', 'Liz', 'J', 'Harry'];
const SURNAMES = ['Smith', 'Brown', 'Jones', 'Taylor', 'Taylor-Wood', 'Nguyen', 'Kowalski', 'Hughes', 'S', 'Evans'];
const row = fc
  .record({
    fore: fc.constantFrom(...FORENAMES),
    sur: fc.constantFrom(...SURNAMES),
    first: fc.boolean(),
    year: fc.constantFrom('', '2012', '12', '13', '99'),
    on: fc.constantFrom(undefined, '2015-01-01', '2024-03-01'),
    platform: fc.constantFrom('instagram', 'facebook', 'tiktok'),
  })
  .map(({ fore, sur, first, year, on, platform }) => ({
    ...connection(first ? `${sur}, ${fore}` : `${fore} ${sur}`, `${fore}${sur}${year}`.toLowerCase(), on),
    platform,
  }));

describe('createMatcher: the shape contributions of each distinct levels', () => {
  it('gives each candidate the contributions of its own levels, whichever candidate of those levels came first', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const matcher = createMatcher(PUPILS, { model });
        for (const r of rows)
          for (const c of matcher.match(r, STAFF)) expect(c.contributions).toEqual(model.contributions(c.levels));
      }),
      { numRuns: caseCount(60, 1_000) },
    );
  });
});
