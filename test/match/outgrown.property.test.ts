import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giveBack } from '../../src/match/giveBack.js';
import { outgrown } from '../../src/match/outgrown.js';

/** What `outgrown` replaced (kept here as the model): a new array half again as long, the entries copied. */
function copiedLarger(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

const resizable = (array: Int32Array) => (array.buffer as { resizable?: boolean }).resizable === true;

describe('outgrown, a large array grown in place', () => {
  it('holds what an array copied into more room holds, through any growths and writes, past its reservation too', () => {
    fc.assert(
      fc.property(
        // Each step: grow (half again, or to an exact length) and write a few numbers anywhere in the room.
        fc.array(
          fc.record({
            exact: fc.option(fc.nat(200_000), { nil: undefined }),
            writes: fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer()), {
              maxLength: 5,
            }),
          }),
          { minLength: 1, maxLength: 24 },
        ),
        (steps) => {
          let array: Int32Array = new Int32Array(1024);
          let model: Int32Array = new Int32Array(1024);
          for (const { exact, writes } of steps) {
            const length = Math.max(model.length + 1, exact ?? model.length + Math.max(16, model.length >>> 1));
            array = exact === undefined ? outgrown(array) : outgrown(array, length);
            model = copiedLarger(model, length);
            for (const [where, n] of writes) {
              const at = Math.floor(where * length);
              array[at] = n;
              model[at] = n;
            }
            if (array.length !== model.length) return false;
          }
          for (let i = 0; i < model.length; i++) if (array[i] !== model[i]) return false;
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('grows a large array in its own buffer, the same array after, and gives its pages back when let go', () => {
    const first = outgrown(new Int32Array(64 * 1024));
    first[70_000] = 7;
    const again = outgrown(first);
    // Grown in place: no copy made and freed for glibc to keep (docs/performance.md, mem48).
    expect(again).toBe(first);
    expect(resizable(again)).toBe(true);
    expect([again.length, again[70_000]]).toEqual([(64 * 1024 * 9) / 4, 7]);
    giveBack(again);
    expect([again.length, again.buffer.byteLength]).toEqual([0, 0]);
  });

  it('copies a small array, as before', () => {
    const small = new Int32Array(1024);
    const next = outgrown(small);
    expect([next === small, resizable(next), next.length, small.length]).toEqual([false, false, 1536, 0]);
  });
});
