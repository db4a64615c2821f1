/**
 * A pet form of the forename made with English's hypocoristic -s (Mads for Madison, Hols for Holly,
 * Gabs for Gabriella), beside the whole surname: how British children write themselves, and no
 * table's short form. Worth a look, no more.
 *
 * And the adults it may be confused with: a pupil's relative (the pupil's surname) going by an -s
 * form of their own forename (Debs, Mags, Jules), chosen, where the adults' names hold one, to begin
 * as the pupil's forename does (Maddie's mother Madeleine, `Mads Wood`): the hardest case, planted at
 * twice a kind's count, as the bench's other forename traps are, before the engine read any.
 */

const VOWELS = /[aeiouy]/;

/** The forename's first syllable closed by the consonant after it (mad of Madison, hol of Holly), or undefined. */
export function closedSyllable(name) {
  let at = 1;
  while (at < name.length && !VOWELS.test(name[at])) at++;
  while (at < name.length && VOWELS.test(name[at])) at++;
  if (at >= name.length - 1 || VOWELS.test(name[at])) return undefined;
  return name.slice(0, at + 1);
}

/** The -s pet form of a forename (`Mads`), capitalised, or undefined where the forename does not begin so. */
export function sForm(fore, plain) {
  const f = plain(fore);
  if (f.length < 5) return undefined;
  // The pattern the -s forms follow (Babs, Debs, Mags, Mads, Hols): a consonant, a vowel, a consonant.
  const stem = closedSyllable(f);
  if (!stem || !/^[^aeiouy][aeiouy][^aeiouy]$/.test(stem)) return undefined;
  const form = stem.endsWith('s') ? stem : `${stem}s`;
  return form[0].toUpperCase() + form.slice(1);
}

/**
 * A pupil's row (`{ displayName, shown }`), or null where the form is a given name or surname of its
 * own (Jess, Les) or another pupil of the surname has a forename of that beginning.
 */
export function petFormSRow(p, plain, ctx, others) {
  const form = sForm(p.fore, plain);
  if (!form || ctx.isGivenName(form) || ctx.isSurname(form)) return null;
  const stem = plain(form).replace(/s$/, '');
  if (others.some((o) => o !== p && plain(o.fore).startsWith(stem))) return null;
  return { displayName: `${form} ${p.sur}`, shown: [form, p.sur] };
}

/** A relative's row: an -s form of an adult forename beside the pupil's surname. */
export function relativeSFormRow(p, adultNames, rnd, plain, ctx) {
  const stem = plain(p.fore).slice(0, 3);
  const alike = adultNames.filter((n) => plain(n).startsWith(stem) && sForm(n, plain));
  const pool = alike.length > 0 ? alike : adultNames.filter((n) => sForm(n, plain));
  const form = sForm(rnd.pick(pool), plain);
  if (!form || ctx.isGivenName(form) || ctx.isSurname(form)) return null;
  return {
    row: { displayName: `${form} ${p.sur}` },
    label: { kind: 'relative_s_form', trap: true, expect: 'none', pupil: p.id },
  };
}
