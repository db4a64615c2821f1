// Loads the name pools in eval/data/ into weighted tables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { weighted } from './rng.mjs';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));

function readTable(name) {
  const [head, ...lines] = readFileSync(DATA + name, 'utf8')
    .trim()
    .split('\n');
  const cols = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
  });
}

function pairs(name, from, to) {
  const map = new Map();
  for (const row of readTable(name)) {
    if (!map.has(row[from])) map.set(row[from], []);
    map.get(row[from]).push(row[to]);
  }
  return map;
}

/**
 * The long tail: rarer surnames built from parts, holding SHARE of an origin's surnames, so that
 * most people do not share a surname with a pupil (as in life).
 */
function surnameTail(surnames) {
  const parts = readTable('surname-parts.csv');
  const tail = [];
  for (const pre of parts.filter((p) => p.part === 'prefix')) {
    const suf = parts.find((p) => p.part === 'suffix' && p.origin === pre.origin);
    const made = new Set();
    for (const a of pre.pieces.split(' ')) for (const b of suf.pieces.split(' ')) made.add(a + b);
    const existing = new Set(surnames.map((s) => s.name));
    const fresh = [...made].filter((n) => !existing.has(n));
    const mass = surnames.filter((s) => s.origin === pre.origin).reduce((a, s) => a + s.weight, 0);
    const each = (mass * +pre.share) / (1 - +pre.share) / fresh.length;
    for (const name of fresh) tail.push({ origin: pre.origin, name, weight: each });
  }
  return tail;
}

export function loadPools() {
  const origins = readTable('origins.csv').map((r) => ({
    origin: r.origin,
    child: +r.child_share,
    adult: +r.adult_share,
  }));
  const forenames = readTable('forenames.csv').map((r) => ({ ...r, child: +r.child, adult: +r.adult }));
  const surnames = readTable('surnames.csv').map((r) => ({ ...r, weight: +r.weight }));
  surnames.push(...surnameTail(surnames));
  const by = {};
  for (const { origin } of origins) {
    const f = (sex, gen) =>
      weighted(
        forenames.filter((n) => n.origin === origin && n.sex === sex),
        (n) => n[gen],
      );
    by[origin] = {
      child: { M: f('M', 'child'), F: f('F', 'child') },
      adult: { M: f('M', 'adult'), F: f('F', 'adult') },
      surnames: weighted(
        surnames.filter((s) => s.origin === origin),
        (s) => s.weight,
      ),
    };
  }
  const words = readTable('words.csv');
  return {
    origins: { child: weighted(origins, (o) => o.child), adult: weighted(origins, (o) => o.adult) },
    by,
    nicknames: pairs('nicknames.csv', 'formal', 'short'),
    diminutives: pairs('diminutives.csv', 'formal', 'short'),
    transliterations: pairs('transliterations.csv', 'name', 'variant'),
    spellings: pairs('spellings.csv', 'name', 'other'),
    handleWords: words.filter((w) => w.kind === 'handle').map((w) => w.word),
    titles: words.filter((w) => w.kind === 'title').map((w) => w.word),
    companies: words.filter((w) => w.kind === 'company').map((w) => w.word),
    places: words.filter((w) => w.kind === 'place').map((w) => w.word),
  };
}
