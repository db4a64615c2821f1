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

const TRUST_WIDE = ['audit', 'trust', '--trust-wide'];

/**
 * The young generation's size in MiB (both semi-spaces) after a child node has made many short-lived objects;
 * `bound`: the command's arguments given to `boundHeapGrowth`, or false for none called.
 */
function youngGenerationMiB(nodeArgs: string[], bound: string[] | false, env: NodeJS.ProcessEnv = {}): number {
  const script = [
    "import v8 from 'node:v8';",
    `import { boundHeapGrowth } from ${JSON.stringify(MODULE)};`,
    bound ? `boundHeapGrowth(${JSON.stringify(bound)});` : '',
    // Each round's objects live while they are made and until the next are: enough survive for V8 to grow the space.
    'let held = [];',
    'for (let round = 0; round < 30; round++) held = Array.from({ length: 100_000 }, (_, j) => ({ j, round }));',
    "const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');",
    'console.log(young.space_size / 2 ** 20);',
  ].join('\n');
  const run = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('boundHeapGrowth', () => {
  it('keeps the young generation at the size node starts with in a trust-wide audit', () => {
    expect(youngGenerationMiB([], TRUST_WIDE)).toBeLessThanOrEqual(2);
    // Left to V8, the same objects grow it to 16 MB semi-spaces.
    expect(youngGenerationMiB([], false)).toBeGreaterThanOrEqual(16);
  });

  it('lets V8 grow the young generation in any other audit, a trust school by school among them', () => {
    expect(youngGenerationMiB([], ['audit', 'trust'])).toBeGreaterThanOrEqual(16);
    expect(youngGenerationMiB([], [])).toBeGreaterThanOrEqual(16);
  });

  it('leaves a young generation sized on node’s command line or in NODE_OPTIONS as it was', () => {
    expect(youngGenerationMiB(['--max-semi-space-size=8'], TRUST_WIDE)).toBeGreaterThanOrEqual(16);
    expect(youngGenerationMiB([], TRUST_WIDE, { NODE_OPTIONS: '--max-semi-space-size=8' })).toBeGreaterThanOrEqual(16);
  });

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
