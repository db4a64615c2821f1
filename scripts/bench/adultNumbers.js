/**
 * Adults whose handles carry numbers: an adult's birth year beside a pupil's name (two digits or
 * four, in the handle's many shapes), and handles whose number is no year at all (`fifawolf83`,
 * `jamie_84kir`). Each is a trap: an adult the engine must never flag. `plain` is the generator's
 * name-to-handle spelling; `rnd` its seeded random source.
 */

const HANDLE_WORDS = ['fifa', 'wolf', 'gamer', 'blue', 'sky', 'rose', 'star', 'king', 'angel', 'moon', 'tiger', 'cool'];

/** Two digits of an adult's birth year (1962–1999), never one chosen for its look (77, 88, 69). */
function adultTwoDigits(rnd) {
  for (;;) {
    const value = 62 + rnd.int(38);
    if (value % 11 !== 0 && value !== 69) return String(value);
  }
}

/** The pupil's exact name as display name, with an adult's birth year in one of the handle's shapes. */
export function namesakeAdultYearHandle(p, rnd, plain) {
  const f = plain(p.fore);
  const s = plain(p.sur);
  const yy = adultTwoDigits(rnd);
  const yyyy = `19${yy}`;
  const username = rnd.pick([
    `${f}.${s}${yy}`,
    `${f}${s}${yy}`,
    `${f}_${s}_${yy}`,
    `${f}${yy}`,
    `${f}_${yy}`,
    `${f[0]}${s}${yy}`,
    `${s}${f[0]}${yy}`,
    `${f}.${s[0]}${yy}`,
    `${f}${s}${yyyy}`,
    `${f}_${yyyy}`,
    `${f[0]}.${s}.${yyyy}`,
  ]);
  return { row: { displayName: `${p.fore} ${p.sur}`, username }, kind: 'namesake_adult_year_handle' };
}

/**
 * An adult whose handle's number is no year of the pupil's: the pupil's exact name as display name
 * beside a handle of words and digits (`fifawolf83`), or the pupil's forename with another
 * surname, whose handle's digits read as letters may spell the pupil's surname (`jamie_84kir`).
 */
export function adultHandleNumber(p, rnd, plain, otherSurname) {
  const f = plain(p.fore);
  const yy = adultTwoDigits(rnd);
  if (rnd.chance(0.5))
    return {
      row: {
        displayName: `${p.fore} ${p.sur}`,
        username: `${rnd.pick(HANDLE_WORDS)}${rnd.pick(HANDLE_WORDS)}${rnd.chance(0.3) ? '_' : ''}${yy}`,
      },
      kind: 'adult_handle_number',
    };
  const sur = otherSurname();
  return {
    row: { displayName: `${p.fore} ${sur}`, username: `${f}_${yy}${plain(sur).slice(0, 3)}` },
    kind: 'adult_handle_number',
  };
}
