// Finds unrelated background adults whose name is a pupil's, or close to it (another spelling, a
// short form, Mc/Mac, one letter away), so that the truth can say so: an engine cannot tell such an
// adult from the pupil by the name alone, and the scorer keeps them apart from "unrelated" adults.
import { handlePart } from './text.mjs';

/** All forename tables as one symmetric "same name" graph. */
function forenameVariants(pools) {
  const graph = new Map();
  const link = (a, b) => {
    const x = handlePart(a);
    const y = handlePart(b);
    if (x === y) return;
    if (!graph.has(x)) graph.set(x, new Set());
    if (!graph.has(y)) graph.set(y, new Set());
    graph.get(x).add(y);
    graph.get(y).add(x);
  };
  for (const table of [pools.nicknames, pools.diminutives, pools.transliterations, pools.spellings])
    for (const [a, list] of table) for (const b of list) link(a, b);
  // Two steps too: Mohammed ~ Muhammed ~ Muhammad.
  const closed = new Map();
  for (const [name, next] of graph) {
    const all = new Set(next);
    for (const n of next) for (const m of graph.get(n)) if (m !== name) all.add(m);
    closed.set(name, all);
  }
  return closed;
}

const macSwap = (s) => (s.startsWith('mac') ? [`mc${s.slice(3)}`] : s.startsWith('mc') ? [`mac${s.slice(2)}`] : []);

/** Every string made by deleting one character (the symmetric-delete way to find one edit). */
function deletions(key) {
  const out = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

export function makeNameIndex(pools) {
  const variants = forenameVariants(pools);
  const near = new Map(); // joined name (and its one-deletion forms) -> a pupil's school
  const add = (key, school) => {
    if (!near.has(key)) near.set(key, school);
  };
  return {
    addPupil(p) {
      const sur = handlePart(p.surname);
      const surs = [sur, ...macSwap(sur), ...[...(pools.spellings.get(p.surname) ?? [])].map(handlePart)];
      for (const fore of new Set([p.forename, p.preferred].filter(Boolean).map(handlePart))) {
        const fores = [fore, ...(variants.get(fore) ?? [])];
        for (const f of fores) for (const s of surs) add(f + s, p.school);
        for (const d of deletions(fore + sur)) add(`~${d}`, p.school);
        add(`=${fore}${sur}`, p.school);
      }
    },
    /** The school of a pupil whose name this adult's is near (not equal to), or undefined. */
    nearSchool(forename, surname) {
      const key = handlePart(forename) + handlePart(surname);
      if (near.has(`=${key}`)) return undefined;
      if (near.has(key)) return near.get(key);
      if (near.has(`~${key}`)) return near.get(`~${key}`);
      for (const d of deletions(key)) {
        if (near.has(`=${d}`)) return near.get(`=${d}`);
        if (near.has(`~${d}`)) return near.get(`~${d}`);
      }
      return undefined;
    },
  };
}
