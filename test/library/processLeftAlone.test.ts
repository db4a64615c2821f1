import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/runCli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples/westacre-infant');
const DATE = '2026-11-24';
const work = mkdtempSync(path.join(tmpdir(), 'process-left-alone-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Loaded before the program: keeps some 160 MB of heap alive (over the 128 MB at which the audit's
 * collection runs), counts the full collections the program forces, and says at exit whether the
 * process's new contexts are given `gc` (V8's `--expose-gc`, a flag of the whole process).
 */
const WATCH = `
import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
globalThis.ballast = Array.from({ length: 4_000_000 }, (_, i) => ({ i }));
const heldMiB = v8.getHeapStatistics().used_heap_size / 2 ** 20;
let forced = 0;
new PerformanceObserver((list) => {
  for (const { detail } of list.getEntries())
    if (detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR && detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced++;
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => {
  process.stderr.write('WATCH ' + JSON.stringify({ heldMiB, forced, gcExposed: runInNewContext('typeof gc') === 'function' }) + '\\n');
});
`;

interface Watched {
  heldMiB: number;
  forced: number;
  gcExposed: boolean;
}

function run(args: string[]): Watched {
  const watch = path.join(work, 'watch.mjs');
  writeFileSync(watch, WATCH);
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(watch).href, ...args], {
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBeLessThanOrEqual(1);
  const line = result.stderr.split('\n').find((l) => l.startsWith('WATCH '));
  const watched = JSON.parse(line!.slice('WATCH '.length)) as Watched;
  // Otherwise the audit would not collect whatever it was told.
  expect(watched.heldMiB).toBeGreaterThan(128);
  return watched;
}

/** A script that runs the built library's audit on the sample, with `collectGarbage` as given. */
function libraryScript(collectGarbage: boolean | undefined): string {
  const script = path.join(work, `library-${collectGarbage}.mjs`);
  const options = { auditDate: DATE, ...(collectGarbage === undefined ? {} : { collectGarbage }) };
  writeFileSync(
    script,
    [
      `import { loadAuditFolder, nodeFileSystem, runAudit } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)};`,
      `const inputs = await loadAuditFolder(nodeFileSystem, { folder: ${JSON.stringify(SAMPLE)} });`,
      `const report = await runAudit(inputs, ${JSON.stringify(options)});`,
      'if (report.findings.length === 0) process.exitCode = 3;',
      // The observer's entries come after the task that made them.
      'await new Promise((resolve) => setTimeout(resolve, 50));',
    ].join('\n'),
  );
  return script;
}

describe('an audit and the process it runs in', () => {
  it('run as a library, changes no flag of the process and forces no collection', () => {
    expect(run([libraryScript(undefined)])).toMatchObject({ forced: 0, gcExposed: false });
    expect(run([libraryScript(false)])).toMatchObject({ forced: 0, gcExposed: false });
  });

  it('collects once after reading where the caller chooses it', () => {
    expect(run([libraryScript(true)])).toMatchObject({ forced: 1, gcExposed: true });
  });

  it('is collected by the CLI, whose process is its own', () => {
    const out = path.join(work, 'report.json');
    expect(run([BIN, 'audit', SAMPLE, '--date', DATE, '--format', 'json', '--out', out])).toMatchObject({
      forced: 1,
      gcExposed: true,
    });
  });
});
