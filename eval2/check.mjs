#!/usr/bin/env node
// `node eval2/check.mjs [KEY…] [--update]` (`npm run eval2:check` also runs the generator tests at
// full size): generates each school and trust recorded in eval2/digests.json into a scratch folder
// with generate.mjs, as a user does, and compares its bytes with the record. The same seed must
// give the same bytes on every machine, and a change for the trust must leave every school as it
// was: exit 1 names each file that differs. `--update` records what the generator writes now;
// only for a change meant to alter eval2's data, which then needs a new held-out author (README).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFolder } from './digest.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const RECORD = join(here, 'digests.json');

/** Generates `school 3`, `trust 1` or `trust 6 scale 0.1` into a scratch folder and digests it. */
function generateAndDigest(key) {
  const [size, seed, , scale] = key.split(' ');
  const work = mkdtempSync(join(tmpdir(), 'eval2-check-'));
  try {
    const args = ['--size', size, '--seed', seed, ...(scale ? ['--scale', scale] : []), '--out', work];
    const run = spawnSync(process.execPath, [join(here, 'generate.mjs'), ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`generate.mjs ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return digestFolder(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv) {
  const record = JSON.parse(readFileSync(RECORD, 'utf8'));
  const update = argv.includes('--update');
  const keys = argv.filter((a) => !a.startsWith('--'));
  const unknown = keys.filter((k) => !(k in record) && !update);
  if (unknown.length) {
    console.error(
      `eval2/check.mjs: not in eval2/digests.json: ${unknown.join(', ')} (keys: ${Object.keys(record).join(', ')})`,
    );
    process.exitCode = 2;
    return;
  }
  let differing = 0;
  for (const key of keys.length ? keys : Object.keys(record)) {
    const started = Date.now();
    const now = generateAndDigest(key);
    const was = record[key] ?? {};
    const changed = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((f) => was[f] !== now[f]);
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (changed.length === 0) console.log(`${key}: the same bytes (${took})`);
    else if (update) console.log(`${key}: recorded anew (${changed.length} changed: ${changed.join(', ')})`);
    else console.log(`${key}: DIFFERS in ${changed.join(', ')} (${took})`);
    if (changed.length) differing++;
    record[key] = now;
  }
  if (update) writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  else if (differing) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
