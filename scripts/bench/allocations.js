/**
 * Where an audit's bytes are allocated, counting what the scavenger frees too:
 *   node scripts/bench/allocations.js FOLDER [--trust-wide] [--top N] [--interval BYTES] [--cli DIR] [--save F]
 *   node scripts/bench/allocations.js FOLDER --from F [--cli DIR]   the tables of a profile saved before
 * Runs the CLI's audit (DIR/dist/cli.js, this checkout's by default) in this process under the inspector's
 * sampling heap profiler with `includeObjectsCollectedByMinorGC` and `...MajorGC`, so that a string built
 * and dropped within one row is counted as a live one is (node's `--heap-prof` keeps only survivors), and
 * prints the functions that allocated most (self bytes, share, bytes a connection row), then the same by
 * file. `--save` writes the raw `.heapprofile` for DevTools. Sampled bytes are an estimate: each sample
 * stands for about `--interval` bytes (default 32 KiB, V8's); the total is near what V8 allocated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { boundHeapGrowth } from '../../bin/boundHeapGrowth.js';
import { AUDIT_DATE } from './generate.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const folder = args[0];
if (!folder || folder.startsWith('--')) throw new Error('usage: allocations.js FOLDER [--trust-wide] [--top N]');
const top = Number(option('top', '40'));
const interval = Number(option('interval', '32768'));
const root = path.resolve(option('cli', path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))))));
const rows = readFileSync(path.join(folder, 'connections.csv'), 'latin1').split('\n').length - 2;

const trustWide = args.includes('--trust-wide');
let profile;
let ms = Number.NaN;
if (option('from', '')) profile = JSON.parse(readFileSync(option('from', ''), 'utf8'));
else {
  boundHeapGrowth(trustWide ? ['--trust-wide'] : []);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: interval,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const started = performance.now();
  const { main } = await import(pathToFileURL(path.join(root, 'dist', 'cli.js')).href);
  const out = path.join(process.env.TMPDIR ?? '/tmp', `allocations-${process.pid}.json`);
  await main(
    ['node', 'social-audit', 'audit', folder, '--date', AUDIT_DATE, '--format', 'json', '--out', out].concat(
      trustWide ? ['--trust-wide'] : [],
    ),
  );
  if (process.exitCode === 2) throw new Error('the audit failed');
  process.exitCode = 0;
  ms = performance.now() - started;
  ({ profile } = await session.post('HeapProfiler.stopSampling'));
  session.disconnect();
}
if (option('save', '')) writeFileSync(option('save', ''), JSON.stringify(profile));

// Self bytes by function (name, file, line) and by file, summed over every place in the call tree. A builtin's
// bytes (`push`, `slice`, an iterator's `next`) are named with the function that called it, and go to its file.
const byFunction = new Map();
const byFile = new Map();
const inclusive = new Map();
let total = 0;
const add = (map, key, bytes) => map.set(key, (map.get(key) ?? 0) + bytes);
const walk = (node, caller, within) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  let here = caller;
  if (url) {
    const file = url.startsWith('file:') ? path.relative(root, fileURLToPath(url)) : url;
    here = { key: `${name}  ${file}:${lineNumber + 1}`, file };
    add(byFunction, here.key, node.selfSize);
    add(byFile, file, node.selfSize);
  } else {
    add(byFunction, `${name} in ${caller.key}`, node.selfSize);
    add(byFile, caller.file, node.selfSize);
  }
  total += node.selfSize;
  let below = node.selfSize;
  for (const child of node.children) below += walk(child, here, url ? [...within, here.key] : within);
  // A function's subtree counted once on a path, however often it recurs there.
  if (url && !within.includes(here.key)) add(inclusive, here.key, below);
  return below;
};
walk(profile.head, { key: '(root)', file: '(v8)' }, []);

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0).padStart(7)} MiB`;
const line = ([key, bytes]) =>
  `${mb(bytes)} ${((100 * bytes) / total).toFixed(1).padStart(5)} % ${(bytes / rows).toFixed(0).padStart(6)} B/row  ${key}`;
const log = (text = '') => process.stdout.write(`${text}\n`);
log(`${folder}${trustWide ? ' --trust-wide' : ''}: ${rows} connection rows, ${(ms / 1000).toFixed(1)} s`);
log(`sampled ${mb(total).trim()} allocated in all, ${(total / rows).toFixed(0)} bytes a connection row`);
log('\nby function (self):');
for (const entry of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) log(line(entry));
log('\nby function (with all it calls):');
for (const entry of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) log(line(entry));
log('\nby file (self):');
for (const entry of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, Math.min(top, 25))) log(line(entry));
