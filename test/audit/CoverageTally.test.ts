import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageTally } from '../../src/audit/CoverageTally.js';
import type { StaffMember } from '../../src/model/records.js';

const ann: StaffMember = { id: 'S1', name: 'Ann Example' };
const bob: StaffMember = { id: 'S2', name: 'Bob Example', role: 'Teacher' };

describe('CoverageTally', () => {
  it('counts connections per member of staff and platform, in the order first met', () => {
    const tally = new CoverageTally();
    tally.note(bob, 'tiktok');
    for (const [member, platform] of [
      [ann, 'x'],
      [ann, 'x'],
      [bob, 'facebook'],
      [ann, 'instagram'],
      [bob, 'facebook'],
    ] as const)
      tally.count(member, platform);
    tally.include(ann);
    tally.include({ id: 'S3', name: 'Cat Example' });
    expect(tally.coverage()).toEqual([
      {
        staff: { id: 'S2', name: 'Bob Example', role: 'Teacher' },
        platforms: { tiktok: 0, facebook: 2 },
        connections: 2,
      },
      { staff: { id: 'S1', name: 'Ann Example' }, platforms: { x: 2, instagram: 1 }, connections: 3 },
      { staff: { id: 'S3', name: 'Cat Example' }, platforms: {}, connections: 0 },
    ]);
    expect(tally.size).toBe(3);
  });

  it('counts as a plain count per member and platform does, rows in runs or interleaved, with platforms noted between', () => {
    const staff = [ann, bob, { id: 'S3', name: 'Cat Example' }];
    // Runs of one member's rows of one platform, as a list gives them (one row a run: interleaved), now and then a
    // platform noted within a run, often the run's own (the count kept at hand must stay the one counted).
    const run = fc.record({
      member: fc.integer({ min: 0, max: 2 }),
      platform: fc.constantFrom('x', 'facebook', 'tiktok'),
      length: fc.integer({ min: 1, max: 20 }),
      noteAt: fc.option(fc.nat(20)),
      notePlatform: fc.option(fc.constantFrom('x', 'facebook', 'tiktok')),
    });
    const steps = fc
      .array(run, { maxLength: 200 })
      .map((runs) =>
        runs.flatMap(({ member, platform, length, noteAt, notePlatform }) =>
          Array.from({ length }, (_, i) => [
            ...(i === noteAt ? [{ member, platform: notePlatform ?? platform, note: true }] : []),
            { member, platform, note: false },
          ]).flat(),
        ),
      );
    fc.assert(
      fc.property(steps, (steps) => {
        const tally = new CoverageTally();
        const expected = new Map<StaffMember, { platforms: Record<string, number>; connections: number }>();
        for (const { member: at, platform, note } of steps) {
          const member = staff[at]!;
          const entry = expected.get(member) ?? { platforms: {}, connections: 0 };
          expected.set(member, entry);
          if (note) {
            tally.note(member, platform);
            entry.platforms[platform] ??= 0;
          } else {
            tally.count(member, platform);
            entry.platforms[platform] = (entry.platforms[platform] ?? 0) + 1;
            entry.connections++;
          }
        }
        expect(tally.coverage()).toEqual(
          [...expected].map(([member, { platforms, connections }]) => ({
            staff: expect.objectContaining({ id: member.id }),
            platforms,
            connections,
          })),
        );
      }),
    );
  });
});
