/**
 * A forename alone with the pupil's number where the rest of the account speaks against a pupil (generator 34,
 * recall37), and the adults it may be confused with, at rates fixed before the engine read either:
 *
 * - `forename_number_shown`: a pupil's forename alone, shown as the display name (`Poppy`, `Poppy ✨`) and in the
 *   handle with their birth year (two digits or four), year group or age (`poppy11`, `poppy_2011`, `poppy.y10`,
 *   `poppy15`), on Facebook or X half the time (platforms where few pupils' accounts are) and undated a third
 *   of the time: the accounts the other forename kinds leave to the probability's tail. Only where no other
 *   pupil going by the forename may read the number as theirs. A kind's count. Worth a look, no more.
 * - Its trap, `adult_forename_number_shown`: adults bearing a pupil's forename (a parent named as a child is)
 *   written the same way with a number of 1 to 30 or a grown-up's birth year (60–99), on the same platforms,
 *   at twice a kind's count; and as many adults of the adults' generation (`backgroundName`) so.
 */
import { ageOn, EMOJI, numbersOf } from './forenameAge.js';

const PLATFORMS = ['facebook', 'x', 'instagram', 'snapchat', 'tiktok'];

function platform(rnd) {
  return rnd.chance(0.5) ? rnd.pick(PLATFORMS.slice(0, 2)) : rnd.pick(PLATFORMS.slice(2));
}

function handleOf(f, number, rnd) {
  const joiner = rnd.pick(['', '', '_', '.']);
  return rnd.chance(0.8) ? `${f}${joiner}${number}` : `${number}${joiner}${f}`;
}

function shownName(fore, rnd) {
  return rnd.chance(0.6) ? fore : `${fore} ${rnd.pick(EMOJI)}`;
}

/**
 * Every row of the kind and its traps: `unique` pupils in scope whose whole name nobody else in scope has;
 * `inScope` every pupil in scope; `currentTrapSafe` current pupils nobody else may be taken for; `goesBy(o, name)`
 * whether pupil `o` may go by a forename; `adultName()` a background adult's name; `count` a kind's count.
 */
export function forenameNumberShownRows({
  unique,
  inScope,
  currentTrapSafe,
  adultName,
  count,
  rnd,
  plain,
  goesBy,
  dateAfter,
  auditDate,
}) {
  const rows = [];
  const yy = (p) => p.dob.slice(2, 4);
  const old = unique.filter((p) => ageOn(p.dob, auditDate) >= 9);
  for (let i = 0, placed = 0; old.length > 0 && placed < count && i < 20 * count; i++) {
    const p = rnd.pick(old);
    const on = rnd.chance(2 / 3) ? dateAfter(p.dob) : undefined;
    const pick = rnd.next();
    const age = on && rnd.chance(0.5) ? ageOn(p.dob, on) : ageOn(p.dob, auditDate);
    const number =
      pick < 0.3
        ? yy(p)
        : pick < 0.45
          ? p.dob.slice(0, 4)
          : pick < 0.7 && !p.former && p.year > 0
            ? `${rnd.pick(['', 'y', 'yr'])}${p.year}`
            : String(age);
    const digits = number.replace(/^\D+/, '');
    if (Number(digits) < 8 && digits.length < 4) continue;
    if (inScope.some((o) => o !== p && goesBy(o, p.fore) && numbersOf(o, on, auditDate).includes(digits))) continue;
    rows.push({
      row: {
        displayName: shownName(p.fore, rnd),
        username: handleOf(plain(p.fore), number, rnd),
        connectedOn: on,
        platform: platform(rnd),
      },
      label: { kind: 'forename_number_shown', pupil: p.id, expect: 'review' },
    });
    placed++;
  }
  const adult = (fore) => {
    const n = rnd.chance(0.5) ? String(1 + rnd.int(30)) : String(60 + rnd.int(40));
    const adultDate = rnd.chance(2 / 3) ? `20${10 + rnd.int(17)}-0${1 + rnd.int(9)}-${10 + rnd.int(18)}` : undefined;
    return {
      row: {
        displayName: shownName(fore, rnd),
        username: handleOf(plain(fore), n, rnd),
        connectedOn: adultDate,
        platform: platform(rnd),
      },
      label: { kind: 'adult_forename_number_shown', trap: true, expect: 'none' },
    };
  };
  for (let i = 0; currentTrapSafe.length > 0 && i < 2 * count; i++) rows.push(adult(rnd.pick(currentTrapSafe).fore));
  for (let i = 0; i < 2 * count; i++) rows.push(adult(adultName().fore));
  return rows;
}
