// Drawing invented people's names from the pools: a group by its share, then first name and surname
// by their weights within it. Pupils and adults are drawn from different first-name lists.
import { BRITISH_HEAD_SHARES, BRITISH_TAIL_SHARE, britishTail, femaleForm, GROUPS, rankWeights } from './namePools.mjs';

const TAIL = britishTail();
// Polish surnames are many and spread out: the listed ones, then composed rarer ones.
const POLISH_ROOTS = ['Bor', 'Brzez', 'Chmiel', 'Dęb', 'Gaw', 'Grzyb', 'Jasin', 'Kacz', 'Kles', 'Krup', 'Lis', 'Marc'];
const POLISH_ROOTS2 = ['Mik', 'Orz', 'Pias', 'Rud', 'Sad', 'Sob', 'Szew', 'Tkacz', 'Wal', 'Wit', 'Zab', 'Żuk'];
const POLISH_ENDS = ['owski', 'ewski', 'ański', 'iński', 'ak', 'czyk', 'ek', 'ewicz'];
const POLISH_TAIL = [...POLISH_ROOTS, ...POLISH_ROOTS2].flatMap((a) => POLISH_ENDS.map((b) => a + b));
const POLISH_TAIL_SHARE = 0.6;
const WEIGHTED = {};
for (const [group, pools] of Object.entries(GROUPS)) {
  WEIGHTED[group] = {
    childF: rankWeights(pools.childF),
    childM: rankWeights(pools.childM),
    adultF: rankWeights(pools.adultF),
    adultM: rankWeights(pools.adultM),
    surnames: pools.surnames ? rankWeights(pools.surnames) : null,
  };
}
const PUPIL_GROUPS = Object.entries(GROUPS).map(([g, p]) => [g, p.pupilShare]);
const ADULT_GROUPS = Object.entries(GROUPS).map(([g, p]) => [g, p.adultShare]);

export const drawGroup = (r, generation) => r.weighted(generation === 'child' ? PUPIL_GROUPS : ADULT_GROUPS);

/** A surname in its masculine (or only) form. */
export function drawSurname(r, group) {
  const list = WEIGHTED[group].surnames;
  if (group === 'polish' && r.chance(POLISH_TAIL_SHARE)) return r.pick(POLISH_TAIL);
  if (list) return r.weighted(list);
  return r.chance(BRITISH_TAIL_SHARE) ? r.pick(TAIL) : r.weighted(BRITISH_HEAD_SHARES);
}

export const drawFirst = (r, group, generation, sex) => r.weighted(WEIGHTED[group][`${generation}${sex}`]);

export const surnameFor = (group, surname, sex) => (sex === 'F' ? femaleForm(group, surname) : surname);

/**
 * The chance that two people drawn independently from `group` share a surname, and (for a pupil's
 * first name) that an adult of the group bears it: the terms of the whole-name collision rate.
 */
export function surnameCollision(group) {
  const list = WEIGHTED[group].surnames;
  if (list) {
    const total = list.reduce((s, [, w]) => s + w, 0);
    const listed = list.reduce((s, [, w]) => s + (w / total) ** 2, 0);
    if (group !== 'polish') return listed;
    return (1 - POLISH_TAIL_SHARE) ** 2 * listed + POLISH_TAIL_SHARE ** 2 / POLISH_TAIL.length;
  }
  const head = BRITISH_HEAD_SHARES.reduce((s, [, share]) => s + share ** 2, 0);
  return head + BRITISH_TAIL_SHARE ** 2 / TAIL.length;
}

/** Share of a group's adults of `sex` named `first` (0 where the adult list lacks it). */
export function adultFirstShare(group, sex, first) {
  const list = WEIGHTED[group][`adult${sex}`];
  const total = list.reduce((s, [, w]) => s + w, 0);
  return (list.find(([n]) => n === first)?.[1] ?? 0) / total;
}

/** Share of a group's people bearing `surname` (either gender form). */
export function surnameShare(group, surname) {
  const list = WEIGHTED[group].surnames;
  const masculine = surname.replace(/ska$/, 'ski').replace(/cka$/, 'cki').replace(/dzka$/, 'dzki');
  if (!list) {
    const head = BRITISH_HEAD_SHARES.find(([n]) => n === surname)?.[1];
    return head ?? (TAIL.includes(surname) ? BRITISH_TAIL_SHARE / TAIL.length : 0);
  }
  const total = list.reduce((s, [, w]) => s + w, 0);
  const listed = (list.find(([n]) => n === masculine)?.[1] ?? 0) / total;
  if (group !== 'polish') return listed;
  return POLISH_TAIL.includes(masculine) ? POLISH_TAIL_SHARE / POLISH_TAIL.length : (1 - POLISH_TAIL_SHARE) * listed;
}
