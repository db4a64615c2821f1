import { constants, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/io/collectGarbage.js';

/** The full collections asked for by the program (not those V8 chose) while `act` runs. */
async function forcedFullCollections(act: () => void): Promise<number> {
  let forced = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { kind, flags } = (entry as unknown as { detail: { kind: number; flags: number } }).detail;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR && flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  act();
  // Entries are delivered after the task that made them.
  await wait(50);
  observer.disconnect();
  return forced;
}

describe('collectGarbage', () => {
  it('runs a full collection when the heap in use is over the threshold', async () => {
    const hadGc = 'gc' in globalThis;
    let ran = false;
    expect(
      await forcedFullCollections(() => {
        ran = collectGarbage(0);
      }),
    ).toBe(1);
    expect(ran).toBe(true);
    // Asked for twice, it runs twice (the exposed function is kept, not made again).
    expect(await forcedFullCollections(() => collectGarbage(0))).toBe(1);
    // The program's own global is left as it was.
    expect('gc' in globalThis).toBe(hadGc);
  });

  it('runs none under the threshold', async () => {
    let ran = true;
    expect(
      await forcedFullCollections(() => {
        ran = collectGarbage(Number.POSITIVE_INFINITY);
      }),
    ).toBe(0);
    expect(ran).toBe(false);
  });
});
