import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type WaitingConnection, WaitingConnections } from '../../src/audit/WaitingConnections.js';
import { createMatcher } from '../../src/match/createMatcher.js';
import { LevelsTable } from '../../src/match/LevelsTable.js';
import type { MatchCandidate, Matcher } from '../../src/match/Matcher.js';
import type { FeatureLevels } from '../../src/match/matchModel.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import type { StaffMember } from '../../src/model/records.js';
import { connection, PUPILS, pupil, STAFF, WEIGHING_ROWS } from '../match/fixtures/pupils.js';

const REASONS: ReasonCode[] = ['NAME_EXACT', 'SHARED_NAME', 'HANDLE_YEAR_MATCHES_DOB'];
const candidate = fc
  .record({
    pupil: fc.constantFrom(...PUPILS),
    fore: fc.constantFrom('legal', 'typo', 'none'),
    sur: fc.constantFrom('full', 'part'),
    reasons: fc.array(fc.constantFrom(...REASONS), { maxLength: 3 }),
  })
  .map(
    ({ pupil, fore, sur, reasons }): MatchCandidate => ({
      pupil,
      score: 0.5,
      reasons,
      contributions: [{ code: 'NAME_EXACT', weight: 1 }],
      levels: { fore, sur } as FeatureLevels,
      logOdds: 0,
    }),
  );
const matchers: Matcher[] = [0, 1].map(() => ({ match: () => [], finalise: (c) => [...c] }));
const members: StaffMember[] = ['S1', 'S2'].map((id) => ({ id, name: id }));

describe('WaitingConnections', () => {
  it('gives back each connection, in order, with its member, matcher and candidates as they were kept', () => {
    fc.assert(
      // `size: 'max'`: past the 1,024 connections (and candidates) it first has room for; fast-check's default gives
      // about ten. Shrinking limited: a failure among a thousand connections shrunk one by one takes minutes.
      fc.property(
        fc.limitShrink(
          fc.array(fc.array(candidate, { minLength: 1, maxLength: 8 }), { maxLength: 1_500, size: 'max' }),
          10,
        ),
        (lists) => {
          const waiting = new WaitingConnections(new LevelsTable());
          const rows = lists.map((_, i) => connection(`Row ${i}`));
          const kept = lists.map((list) =>
            list.map((c) => ({ pupil: c.pupil, levels: { ...c.levels }, reasons: [...c.reasons] })),
          );
          // Copies: what they become after they are kept must not change fast-check's own values (the counterexample
          // it shows, and the lists it shrinks from; CandidateStore's property never ended so).
          const given = lists.map((list) => list.map((c) => ({ ...c, reasons: [...c.reasons] })));
          given.forEach((list, i) => {
            waiting.push(rows[i]!, members[i % 2]!, matchers[i % 2]!, list);
          });
          // What the candidates become after they are kept is not what waits.
          for (const list of given) for (const c of list) c.reasons.push('LEETSPEAK');
          expect(waiting.size).toBe(lists.length);
          const back: WaitingConnection[] = [];
          for (let next = waiting.next(); next; next = waiting.next()) back.push(next);
          expect(back.map((b) => b.connection)).toEqual(rows);
          expect(
            back.every(
              (b, i) => b.connection === rows[i] && b.member === members[i % 2] && b.matcher === matchers[i % 2],
            ),
          ).toBe(true);
          expect(
            back.map((b) => b.candidates.map((c) => ({ pupil: c.pupil, levels: c.levels, reasons: c.reasons }))),
          ).toEqual(kept);
          expect(waiting.next()).toBeUndefined();
        },
      ),
      { numRuns: 20 },
    );
  });

  it('lets go of each connection once taken, and of everything once cleared', () => {
    const waiting = new WaitingConnections();
    const [a, b] = [connection('Amy Jones'), connection('Tom Ward')];
    const c = {
      pupil: PUPILS[0]!,
      score: 0,
      reasons: [],
      contributions: [],
      levels: { fore: 'legal' } as FeatureLevels,
    };
    waiting.push(a, members[0]!, matchers[0]!, [c]);
    waiting.push(b, members[1]!, matchers[1]!, [c, c]);
    expect(waiting.next()?.connection).toBe(a);
    expect((waiting as unknown as { connections: unknown[] }).connections).toEqual([undefined, b]);
    waiting.clear();
    expect(waiting.size).toBe(0);
    expect(waiting.next()).toBeUndefined();
  });

  it('gives the weighing after reading the same candidates as the objects the matcher made', () => {
    const pupils = [...PUPILS, pupil('P16', 'Jack', 'Smith', { dob: '2013-01-09' })];
    const rows = WEIGHING_ROWS;
    const levels = new LevelsTable();
    const matcher = createMatcher(pupils, { levels, namesakesElsewhere: () => [0] });
    const waiting = new WaitingConnections(levels);
    const made = rows.map((row) => matcher.match(row, STAFF));
    expect(made.flat().length).toBeGreaterThan(rows.length);
    rows.forEach((row, i) => {
      waiting.push(row, STAFF, matcher, made[i]!);
    });
    matcher.forgetCaches?.();
    const expected = rows.map((row, i) => matcher.finalise(made[i]!, row));
    const weighed: MatchCandidate[][] = [];
    for (let next = waiting.next(); next; next = waiting.next())
      weighed.push(next.matcher.finalise(next.candidates, next.connection));
    expect(weighed).toEqual(expected);
    expect(weighed.flat().some((c) => c.reasons.includes('NAME_ELSEWHERE_IN_TRUST'))).toBe(true);
  });
});
