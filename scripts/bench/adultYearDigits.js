/**
 * Background adults whose handle carries two digits that read as a year in the roll's birth years
 * (`fifawolf12`, `danny.walsh_11`: a shirt number, a child's birth year): a style of the lists,
 * not a disguise. The bench's own adults never write so (their numbers are 62–99, and the traps
 * that run digits on a pupil's forename avoid the pupil's year), so its u for digits read as a
 * birth year is other pupils of the same name and year. `options.adultYearDigits` (default none,
 * rows after every other) lets `fit:check` ask whether the engine's weight moves with the lists'.
 */

const HANDLE_WORDS = ['fifa', 'wolf', 'gamer', 'blue', 'sky', 'rose', 'star', 'king', 'angel', 'moon', 'tiger', 'cool'];

/**
 * One such adult's row: `name` a background adult's name (`{ fore, sur }`, perhaps a pupil's whole
 * name), `years` the roll's birth years, `rnd` the seeded source, `plain` the name-to-handle spelling.
 */
export function adultYearDigits(name, years, rnd, plain) {
  const yy = String(rnd.pick(years)).slice(2);
  const f = plain(name.fore);
  const s = plain(name.sur);
  const username = rnd.pick([
    `${f}${s}${yy}`,
    `${f}.${s}_${yy}`,
    `${f}${yy}`,
    `${rnd.pick(HANDLE_WORDS)}${rnd.pick(HANDLE_WORDS)}${yy}`,
  ]);
  return {
    row: { displayName: `${name.fore} ${name.sur}`, username },
    label: { kind: 'adult_year_digits', trap: true, expect: 'none' },
  };
}
