// Small text helpers shared by the disguises and the generator.

const EXTRA_FOLDS = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae' };

const foldCache = new Map();
const partCache = new Map();

/** Removes accents (Siobhán → Siobhan, Łukasz → Lukasz) as a person typing without them would. */
export function fold(text) {
  let out = foldCache.get(text);
  if (out === undefined) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, controls included.
    out = /^[\x00-\x7f]*$/.test(text)
      ? text
      : text
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[łŁđĐıøØßæ]/g, (c) => EXTRA_FOLDS[c]);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(text, out);
  }
  return out;
}

/** The letters and digits of a name as a handle would carry them: "Ó Súilleabháin" → "osuilleabhain". */
export function handlePart(text) {
  let out = partCache.get(text);
  if (out === undefined) {
    out = fold(text)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (partCache.size > 200_000) partCache.clear();
    partCache.set(text, out);
  }
  return out;
}

/** A key for "same written name": case, accents, spacing and hyphens ignored. */
export function nameKey(forename, surname) {
  return `${handlePart(forename)} ${handlePart(surname)}`;
}

export function capitalise(word) {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

export function pad2(n) {
  return String(n).padStart(2, '0');
}

const isoCache = new Map();
export function isoDate(date) {
  const day = Math.floor(date.getTime() / 864e5);
  let out = isoCache.get(day);
  if (out === undefined) {
    out = new Date(day * 864e5).toISOString().slice(0, 10);
    isoCache.set(day, out);
  }
  return out;
}

export function ukDate(date) {
  const iso = isoDate(date);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

export function addYears(date, years) {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** A day chosen evenly between two dates (inclusive). */
export function dayBetween(rng, from, to) {
  const a = Math.floor(from.getTime() / 864e5);
  const b = Math.floor(to.getTime() / 864e5);
  return new Date(rng.int(Math.min(a, b), Math.max(a, b)) * 864e5);
}

/** Calendar age on DAY. */
export function ageOn(dob, day) {
  let age = day.getUTCFullYear() - dob.getUTCFullYear();
  const m = day.getUTCMonth() - dob.getUTCMonth();
  if (m < 0 || (m === 0 && day.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}
