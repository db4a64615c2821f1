/**
 * node scripts/fit-style.mjs (after `npm run build`)
 *
 * The bench's m of how a pupil's own display name is written (`displayStyle`): counted on the
 * pupils' own accounts of the fit's bench schools (FIT_SETS of fit-model.mjs, generated there or
 * here), smoothed as the fit smooths platform and age, and printed beside the share of every
 * account on the same lists (u, for comparison: the engine counts u on each audit's own lists).
 * The result goes by hand into src/match/data/stylePresentation.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { generate } from './bench/generate.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIT_SETS = [
  ['secondary', 101],
  ['secondary', 102],
  ['infant', 101],
  ['infant', 102],
];
const SMOOTHING = 0.5;
const { displayStyle, DISPLAY_STYLES } = await import('../dist/match/displayStyle.js');

const pupils = {};
const all = {};
let pupilRows = 0;
let allRows = 0;
for (const [size, seed] of FIT_SETS) {
  const dir = path.join(root, 'bench-data', `fit-${size}-${seed}`);
  const truthFile = path.join(dir, 'truth.json');
  if (!existsSync(truthFile)) writeFileSync(truthFile, JSON.stringify(await generate(size, dir, seed)));
  const { truth } = JSON.parse(readFileSync(truthFile, 'utf8'));
  const rows = parse(readFileSync(path.join(dir, 'connections.csv'), 'utf8'), { columns: true, bom: true });
  rows.forEach((row, i) => {
    const style = displayStyle(row.display_name);
    all[style] = (all[style] ?? 0) + 1;
    allRows++;
    const label = truth[i + 2];
    if (label && !label.trap && label.pupil) {
      pupils[style] = (pupils[style] ?? 0) + 1;
      pupilRows++;
    }
  });
}
const smoothed = (counts, n) =>
  Object.fromEntries(
    DISPLAY_STYLES.map((s) => [
      s,
      Number((((counts[s] ?? 0) + SMOOTHING) / (n + SMOOTHING * DISPLAY_STYLES.length)).toPrecision(3)),
    ]),
  );
process.stdout.write(`pupils' own accounts (${pupilRows} rows): ${JSON.stringify(smoothed(pupils, pupilRows))}\n`);
process.stdout.write(`every account (${allRows} rows):        ${JSON.stringify(smoothed(all, allRows))}\n`);
