#!/usr/bin/env node
// Writes a held-out evaluation folder: node eval/generate.mjs --size school|trust [--seed S] [--out DIR] [--date YYYY-MM-DD]
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateAudit } from './lib/generateAudit.mjs';
import { DEFAULT_DATE, SIZES } from './lib/sizes.mjs';

export const OUT_ROOT = fileURLToPath(new URL('./out/', import.meta.url));

export function defaultOut(size, seed) {
  return join(OUT_ROOT, `${size}-${seed}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'school' },
      seed: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string', default: DEFAULT_DATE },
    },
  });
  const seed = values.seed ?? SIZES[values.size]?.seed;
  const started = performance.now();
  const meta = generateAudit({
    size: values.size,
    seed,
    out: values.out ?? defaultOut(values.size, seed),
    date: values.date,
  });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${values.size} (seed ${meta.seed}): ${meta.pupils} pupils, ${meta.formerPupils} former, ${meta.staff} staff, ${meta.connections} connections in ${secs} s\n`,
  );
  process.stdout.write(`planted: ${JSON.stringify(meta.planted)}\n`);
}
