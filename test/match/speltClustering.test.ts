import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Issue 14 (fr47): a whole name written with a word of the account's own for the pupil's (Kirsten Pemberley for
// Kristen Pemberley) is another person's whole name, and adults bear whole names as often as these lists' whole
// names recur beyond what their parts predict (`clustering`), as an exact name is weighed.

const PUPILS = [pupil('K1', 'Kristen', 'Pemberley'), pupil('J1', 'Jamie', 'Ormsby')];
const FORENAMES = ['Amy', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivy', 'Joel'];
const SURNAMES = ['Ashby', 'Bligh', 'Crane', 'Dorsey', 'Eames', 'Fenwick', 'Gault', 'Hurst', 'Ince', 'Jolley'];

/**
 * The account `displayName`'s candidate `id` beside 2,000 adults, each forename and surname borne by 200 of them:
 * `clustered`, ten whole names each borne 200 times; otherwise every pairing alike. And `borne`, more accounts.
 */
function weighed(displayName: string, id: string, clustered: boolean, borne: readonly string[]): MatchCandidate {
  const matcher = createMatcher(PUPILS);
  const rows = Array.from({ length: 2_000 }, (_, i) =>
    connection(`${FORENAMES[i % 10]} ${SURNAMES[clustered ? i % 10 : Math.floor(i / 10) % 10]}`, `u${i}`),
  );
  for (const [n, name] of borne.entries()) rows.push(connection(name, `borne${n}`));
  const account = connection(displayName, 'the_account');
  rows.push(account);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  return matcher.finalise(candidates.at(-1)!, account).find((c) => c.pupil.id === id)!;
}

/** `n` accounts bearing `forename`, each with a surname of its own. */
const bearing = (forename: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${forename} Quarrie${String.fromCharCode(97 + (i % 26))}${i}`);

const frequency = (c: MatchCandidate) => c.contributions.find((x) => x.code === 'NAME_FREQUENCY')!;

describe('a spelt whole name, weighed as the lists’ whole names cluster', () => {
  it('weighs a one-letter slip that adults bear (Kirsten for Kristen) as the commoner whole name where whole names recur', () => {
    const spread = weighed('Kirsten Pemberley', 'K1', false, bearing('Kirsten', 60));
    const clustered = weighed('Kirsten Pemberley', 'K1', true, bearing('Kirsten', 60));
    expect(clustered.reasons).toContain('TYPO');
    expect(frequency(clustered).args).toHaveProperty('speltForenameOneIn');
    expect(frequency(clustered).weight).toBeLessThan(frequency(spread).weight - 1);
    expect(clustered.score).toBeLessThan(spread.score);
  });

  it('weighs a fuller form (James for Jamie) so too', () => {
    const spread = weighed('James Ormsby', 'J1', false, bearing('James', 60));
    const clustered = weighed('James Ormsby', 'J1', true, bearing('James', 60));
    expect(frequency(clustered).weight).toBeLessThan(frequency(spread).weight - 1);
  });

  it('leaves a slip nobody else carries as weighed before, however whole names recur', () => {
    const spread = weighed('Kirsten Pemberley', 'K1', false, []);
    const clustered = weighed('Kirsten Pemberley', 'K1', true, []);
    expect(frequency(clustered).args).not.toHaveProperty('speltForenameOneIn');
    expect(clustered.score).toBe(spread.score);
  });
});
