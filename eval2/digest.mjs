// What a generated school or trust is, byte for byte, in a few lines: a SHA-256 of each file, the
// connection lists folded into one (a trust has hundreds), so that a changed file is named.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** `{ 'audit/roll.csv': hex, …, 'audit/connections/': hex }` of the folder `generate.mjs --out` wrote. */
export function digestFolder(dir) {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const out = {};
  const lists = [];
  for (const path of paths) {
    const digest = sha256(readFileSync(join(dir, path)));
    if (path.startsWith('audit/connections/')) lists.push(`${path} ${digest}\n`);
    else out[path] = digest;
  }
  // Named with their files: a list renamed, added or dropped changes the digest too.
  if (lists.length) out['audit/connections/'] = `${lists.length} files ${sha256(lists.join(''))}`;
  return out;
}

/** The recorded digests (eval2/digests.json), by `school N` / `trust N`, with ` scale F` below 1. */
export const digestKey = (size, seed, scale = 1) => `${size} ${seed}${scale === 1 ? '' : ` scale ${scale}`}`;
