// The name pools of eval3/data/ as weighted tables: children's and adults' forenames by community,
// sex and age band, surnames by community with a long tail of rarer English ones made from parts.
import { readFileSync } from 'node:fs';
import { WeightedTable } from './random.mjs';

const DATA = new URL('../data/', import.meta.url);

function readTable(file) {
  const [header, ...lines] = readFileSync(new URL(file, DATA), 'utf8').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]]));
  });
}

function grouped(rows, keyOf) {
  const groups = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    if (!groups.has(key)) groups.set(key, { items: [], weights: [] });
    groups.get(key).items.push(row.name);
    groups.get(key).weights.push(Number(row.weight));
  }
  return new Map([...groups].map(([key, g]) => [key, new WeightedTable(g.items, g.weights)]));
}

function formsTable(file) {
  return new Map(readTable(file).map((row) => [row.name, row.forms.split(' ')]));
}

export const COMMUNITIES = ['wb', 'sa_pk', 'sa_in', 'bl_af', 'bl_cb', 'ee', 'ea'];

// The listed White British surnames carry their frequency per 100,000 people in England, so what
// they leave (about 77 %) is the long tail of rarer names, drawn from parts.
const PER = 100000;

export function loadPools() {
  const children = grouped(readTable('children-forenames.csv'), (r) => `${r.community}/${r.sex}`);
  const adults = grouped(readTable('adult-forenames.csv'), (r) => `${r.community}/${r.sex}/${r.band}`);
  const surnameRows = readTable('surnames.csv');
  const surnames = grouped(surnameRows, (r) => r.community);
  const wbTailShare =
    1 - surnameRows.filter((r) => r.community === 'wb').reduce((t, r) => t + Number(r.weight), 0) / PER;
  const tailRows = readTable('surname-tail.csv');
  const heads = tailRows.filter((r) => r.part === 'head').map((r) => r.element);
  const tails = tailRows.filter((r) => r.part === 'tail').map((r) => r.element);
  const shortForms = formsTable('short-forms.csv');
  const transliterations = formsTable('transliterations.csv');
  const pages = readTable('pages.csv');
  const places = readTable('places.csv');
  const allForenames = new Set([
    ...readTable('children-forenames.csv').map((r) => r.name),
    ...readTable('adult-forenames.csv').map((r) => r.name),
  ]);

  const table = (map, key, fallback) => map.get(key) ?? map.get(fallback);

  return {
    shortForms,
    transliterations,
    pages,
    allForenames,
    towns: places.filter((r) => r.kind === 'town').map((r) => r.name),
    saints: places.filter((r) => r.kind === 'saint').map((r) => r.name),
    schoolNames: places.filter((r) => r.kind === 'school').map((r) => r.name),

    childForename(random, community, sex) {
      return table(children, `${community}/${sex}`, `wb/${sex}`).pick(random);
    },

    adultForename(random, community, sex, band) {
      // Small communities lack some bands: fall back to the neighbouring band, then to wb.
      for (const b of [band, 'm', 'y', 'o']) {
        const t = adults.get(`${community}/${sex}/${b}`);
        if (t) return t.pick(random);
      }
      return adults.get(`wb/${sex}/${band}`).pick(random);
    },

    surname(random, community) {
      if (community === 'wb' && random.chance(wbTailShare)) {
        return random.pick(heads) + random.pick(tails);
      }
      return table(surnames, community, 'wb').pick(random);
    },
  };
}

/** A Polish surname in the form a woman or girl carries (Kowalski → Kowalska). */
export function genderedSurname(surname, sex) {
  if (sex !== 'f') return surname;
  return surname.replace(/(ski|cki|dzki)$/u, (end) => `${end.slice(0, -1)}a`);
}
