import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountsSeen } from '../../src/match/AccountsSeen.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { FeatureLevels } from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
import { connection, PUPILS } from './fixtures/pupils.js';

const candidate = fc
  .record({
    pupil: fc.constantFrom(...PUPILS),
    fore: fc.constantFrom('legal', 'typo'),
    sur: fc.constantFrom('full', 'part'),
  })
  .map(
    ({ pupil, fore, sur }): MatchCandidate => ({
      pupil,
      score: 0,
      reasons: [],
      contributions: [],
      levels: { fore, sur } as FeatureLevels,
    }),
  );
// One row: which account (by handle, or by display name without one), whose list, and the candidates read from it.
const row = fc.record({
  account: fc.nat(12),
  byHandle: fc.boolean(),
  staff: fc.constantFrom('S1', 'S2', 'S3'),
  candidates: fc.array(candidate, { maxLength: 4 }),
});

/**
 * Thousands of rows of thousands of accounts: past the 1,024 accounts it first has room for (fast-check's default gives
 * about ten rows). Shrinking limited: a failure among thousands of rows shrunk one by one takes minutes.
 */
const manyRows = fc.limitShrink(
  fc.array(
    row.chain((r) => fc.nat(3_000).map((account) => ({ ...r, account }))),
    { minLength: 2_000, maxLength: 4_000, size: 'max' },
  ),
  10,
);

function connectionOf(account: number, byHandle: boolean): Connection {
  return byHandle ? connection('Some One', `handle${account}`) : connection(`Name ${account}`);
}

describe('AccountsSeen', () => {
  it('gives the EM each account’s first candidates, in the order accounts were met, and tells which are on several lists', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: fc.array(row, { maxLength: 120 }) }, manyRows), (rows) => {
        const seen = new AccountsSeen();
        // The same, kept plainly as objects.
        const plain = new Map<
          string,
          { staff: string; several: boolean; first?: { connection: Connection; candidates: unknown[] } }
        >();
        for (const r of rows) {
          const c = connectionOf(r.account, r.byHandle);
          const key = `${r.byHandle}${r.account}`;
          seen.note(c, r.staff);
          const known = plain.get(key);
          if (!known) plain.set(key, { staff: r.staff, several: false });
          else if (known.staff !== r.staff) known.several = true;
          seen.keepCandidates(c, r.candidates);
          const entry = plain.get(key)!;
          if (!entry.first && r.candidates.length > 0)
            entry.first = {
              connection: c,
              candidates: r.candidates.map((x) => ({ pupil: x.pupil, levels: { ...x.levels } })),
            };
        }
        const given: unknown[] = [];
        const pairs = seen.pairs((pupil, levels, c) => {
          given.push({ pupil, levels, connection: c });
          return { base: 0, levels, platformShare: 0.5 };
        });
        const firsts = [...plain.values()].flatMap((e) => (e.first ? [e.first] : []));
        expect(given).toEqual(
          firsts.flatMap((f) => f.candidates.map((x) => ({ ...(x as object), connection: f.connection }))),
        );
        const firstCandidates = firsts.flatMap((f) => f.candidates);
        expect(
          given.every((g, i) => (g as { pupil: unknown }).pupil === (firstCandidates[i] as { pupil: unknown }).pupil),
        ).toBe(true);
        // One group per account with candidates, as long as its candidates.
        const sizes = Array.from(
          pairs.groupEnd.subarray(0, pairs.groups),
          (end, g) => end - (g === 0 ? 0 : pairs.groupEnd[g - 1]!),
        );
        expect(sizes).toEqual(firsts.map((f) => f.candidates.length));
        expect(seen.size).toBe(plain.size);
        const several = (c: Connection) => seen.onSeveralLists(c);
        const keys = [...plain.keys()];
        const accounts = keys.map((k) => connectionOf(Number(k.replace(/\D/g, '')), k.startsWith('true')));
        const before = accounts.map(several);
        expect(before).toEqual(keys.map((k) => plain.get(k)!.several));
        seen.letGo();
        expect(accounts.map(several)).toEqual(before);
        expect(seen.size).toBe(0);
        expect(() => seen.pairs(() => undefined)).toThrow();
      }),
    );
  });

  it('tells the accounts on several lists past its first room, before and after letting the rest go', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(2999), { minLength: 1, maxLength: 40 }), (twice) => {
        const seen = new AccountsSeen();
        // 3,000 accounts on S1's list (its room is made for 1,024); those in `twice` on S2's too.
        for (let a = 0; a < 3000; a++) seen.note(connectionOf(a, a % 2 === 0), 'S1');
        for (const a of twice) seen.note(connectionOf(a, a % 2 === 0), 'S2');
        const marked = new Set(twice);
        const told = () => Array.from({ length: 3000 }, (_, a) => seen.onSeveralLists(connectionOf(a, a % 2 === 0)));
        const expected = Array.from({ length: 3000 }, (_, a) => marked.has(a));
        expect(seen.size).toBe(3000);
        expect(told()).toEqual(expected);
        seen.letGo();
        expect(told()).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });
});
