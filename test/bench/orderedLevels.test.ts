import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { ORDERED, risingLevels } from '../../scripts/fit/orderedLevels.mjs';

const weightsOf =
  (weights: Record<string, Record<string, number>>) =>
  (feature: string, level: string): number | undefined =>
    weights[feature]?.[level];

describe('the fit’s ordered levels', () => {
  it('pools a level whose weight rises above the one before it (two unexplained words weighed less than one)', () => {
    const at = weightsOf({ unexplained: { '0': 0, '1': -5.54, '2+': -3.55 } });
    expect(risingLevels(at, new Map())).toEqual([['unexplained.2+', '1']]);
  });

  it('leaves levels that never rise along their order as fitted', () => {
    const at = weightsOf({ unexplained: { '0': 0, '1': -3.1, '2+': -5.2 } });
    expect(risingLevels(at, new Map())).toEqual([]);
  });

  it('compares with the level before among those fitted (a conditional refit holds the baseline, so it has no weight)', () => {
    const at = weightsOf({ unexplained: { '1': -5.54, '2+': -3.55 } });
    expect(risingLevels(at, new Map())).toEqual([['unexplained.2+', '1']]);
    expect(risingLevels(weightsOf({ unexplained: { '1': -0.5 } }), new Map())).toEqual([]);
  });

  it('skips a level already pooled, and then compares the next with the level before it', () => {
    const at = weightsOf({ order: { a: 0, b: -2, c: -1, d: 1 } });
    const ordered = { order: ['a', 'b', 'c', 'd'] };
    expect(risingLevels(at, new Map(), ordered)).toEqual([['order.c', 'b']]);
    expect(risingLevels(at, new Map([['order.c', 'b']]), ordered)).toEqual([['order.d', 'b']]);
  });

  it('orders the words a pupil’s name leaves unexplained', () => {
    expect(ORDERED.unexplained).toEqual(['0', '1', '2+']);
  });
});
