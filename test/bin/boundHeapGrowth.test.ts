import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MODULE = new URL('../../bin/boundHeapGrowth.js', import.meta.url).href;

/** The growth factors V8 chose at the full collections of a child node that keeps some objects. */
function growthFactors(nodeArgs: string[], bound: boolean): string[] {
  const script = [
    `import { boundHeapGrowth } from ${JSON.stringify(MODULE)};`,
    bound ? 'boundHeapGrowth();' : '',
    'const kept = Array.from({ length: 200_000 }, (_, j) => ({ j }));',
    'globalThis.gc();',
    'console.log(kept.length);',
  ].join('\n');
  const run = spawnSync(
    process.execPath,
    [...nodeArgs, '--expose-gc', '--trace-gc-verbose', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  expect(run.status).toBe(0);
  const factors = [...run.stdout.matchAll(/\[HeapController\] Limit: .*\((\d+\.\d+)\)$/gm)].map((m) => m[1] ?? '');
  expect(factors.length).toBeGreaterThan(0);
  return factors;
}

describe('boundHeapGrowth', () => {
  it('holds every growth of the heap to 1.3 times, set after node has started', () => {
    expect(new Set(growthFactors([], true))).toEqual(new Set(['1.3']));
  });

  it('changes what V8 would choose by itself (up to 4 times on a small heap)', () => {
    expect(growthFactors([], false)).not.toContain('1.3');
  });

  it('leaves a growth chosen on node’s command line as it was', () => {
    expect(new Set(growthFactors(['--heap-growing-percent=100'], true))).toEqual(new Set(['2.0']));
  });
});
