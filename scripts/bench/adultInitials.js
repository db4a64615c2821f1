/**
 * Background adults who write their surname as an initial (`Sarah K`, `sarah k.`): a style, not a
 * disguise. Until generator 27 the bench's adults never wrote so, so its u for the surname's initial
 * was near nothing and the fit weighed a forename and an initial at +2.99 bits. A share of the
 * background adults, `ADULT_INITIAL_SHARE`, is written so (after every other row); none is a pupil.
 */

/**
 * The share of the background adults who write a forename and their surname's initial. Reasoned,
 * not measured: Facebook asks for a real name, Instagram, TikTok, Snapchat and X take any text, and
 * people who work with children (and their friends) are told to keep their surname off their
 * profiles. Of four adults' accounts in a hundred on the free-text platforms, about three in a
 * hundred over all.
 */
export const ADULT_INITIAL_SHARE = 0.03;

/** One such adult's row: `name` a background adult's name (`{ fore, sur }`), `rnd` the seeded source, `handle` one that is no name. */
export function adultForenameInitial(name, rnd, handle) {
  const initial = name.sur.replace(/[^A-Za-z]/g, '')[0]?.toUpperCase() ?? 'A';
  const displayName = rnd.pick([
    `${name.fore} ${initial}`,
    `${name.fore} ${initial}.`,
    `${name.fore.toLowerCase()} ${initial.toLowerCase()}`,
  ]);
  return {
    row: { displayName, ...(rnd.chance(0.5) ? { username: handle() } : {}) },
    label: { kind: 'adult_forename_initial', trap: true, expect: 'none' },
  };
}
