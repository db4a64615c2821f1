/**
 * Two ways a pupil writes a forename and a number that the bench's other kinds do not (generator 32), and the
 * adults each may be confused with, at rates fixed before the engine read either (recall35):
 *
 * - `wrapped_forename_number`: a forename alone and the pupil's birth year or year group, the handle wrapped in
 *   the words children run onto it (`itspoppy11`, `itz_poppy.2011`, `realpoppy_y10`, `xxpoppy11xx`,
 *   `official.poppy11`), a kind's count of rows. Worth a look, no more. Its trap,
 *   `adult_wrapped_forename_number`: adults bearing a pupil's forename writing it so with a number of 1 to 30 or a
 *   grown-up's birth year (`itssarah84`, `the_james_7`), at twice a kind's count.
 * - `forename_age_shared`: a forename and the pupil's age (`matilda12`), where another pupil going by that
 *   forename may read the number as theirs (born in 2012, in Year 12, or that age too): the rows `forename_age`
 *   leaves out. The number fits both: a review naming either is the pupil found. A kind's count.
 */
import { ageOn, EMOJI, numbersOf } from './forenameAge.js';

/** Words run onto a handle's name before it, and after it, as children write them. */
const BEFORE = ['its', 'itz', 'its_', 'itz.', 'its.', 'real', 'the', 'the_', 'official.', 'iam', 'im', 'xx', 'x.', 'x'];
const AFTER = ['', '', '', 'xx', 'x', '_x', 'official', 'xo'];

/** `its` + forename + number + ending, the number in the shapes children write it after a name. */
function wrapped(f, number, rnd) {
  const joiner = rnd.pick(['', '', '_', '.']);
  return `${rnd.pick(BEFORE)}${f}${joiner}${number}${rnd.pick(AFTER)}`;
}

function shown(p, rnd) {
  const r = rnd.next();
  return r < 0.4 ? p.fore : r < 0.6 ? `${p.fore} ${rnd.pick(EMOJI)}` : '';
}

/**
 * Every row of the two kinds and the trap: `unique` pupils in scope whose whole name nobody else in scope has;
 * `inScope` every pupil in scope; `currentTrapSafe` current pupils nobody else may be taken for; `goesBy(o, name)`
 * whether pupil `o` may go by a forename; `count` a kind's count.
 */
export function wrappedForenameRows({
  unique,
  inScope,
  currentTrapSafe,
  count,
  rnd,
  plain,
  goesBy,
  dateAfter,
  auditDate,
}) {
  const rows = [];
  const dated = (p) => (rnd.chance(0.85) ? dateAfter(p.dob) : undefined);
  const yy = (p) => p.dob.slice(2, 4);
  const old = unique.filter((p) => ageOn(p.dob, auditDate) >= 9);
  for (let i = 0, placed = 0; old.length > 0 && placed < count && i < 20 * count; i++) {
    const p = rnd.pick(old);
    const byGroup = !p.former && p.year > 0 && rnd.chance(0.3);
    const number = byGroup ? `${rnd.pick(['y', 'yr'])}${p.year}` : rnd.chance(0.6) ? yy(p) : p.dob.slice(0, 4);
    const digits = number.replace(/^\D+/, '');
    const on = dated(p);
    if (inScope.some((o) => o !== p && goesBy(o, p.fore) && numbersOf(o, on, auditDate).includes(digits))) continue;
    rows.push({
      row: { displayName: shown(p, rnd), username: wrapped(plain(p.fore), number, rnd), connectedOn: on },
      label: { kind: 'wrapped_forename_number', pupil: p.id, expect: 'review' },
    });
    placed++;
  }
  for (let i = 0; currentTrapSafe.length > 0 && i < 2 * count; i++) {
    const p = rnd.pick(currentTrapSafe);
    const n = rnd.chance(0.5) ? String(1 + rnd.int(30)) : String(60 + rnd.int(40));
    const adultDate = rnd.chance(0.85) ? `20${10 + rnd.int(17)}-0${1 + rnd.int(9)}-${10 + rnd.int(18)}` : undefined;
    rows.push({
      row: {
        displayName: rnd.chance(0.3) ? p.fore : '',
        username: wrapped(plain(p.fore), n, rnd),
        connectedOn: adultDate,
      },
      label: { kind: 'adult_wrapped_forename_number', trap: true, expect: 'none' },
    });
  }
  for (let i = 0, placed = 0; old.length > 0 && placed < count && i < 40 * count; i++) {
    const p = rnd.pick(old);
    const on = dated(p);
    const age = on && rnd.chance(0.6) ? ageOn(p.dob, on) : ageOn(p.dob, auditDate);
    if (age < 8 || age > 18) continue;
    const others = inScope.filter((o) => o !== p && goesBy(o, p.fore));
    // Only where another pupil of the forename may read the number as theirs: `forename_age` has the rest.
    if (!others.some((o) => numbersOf(o, on, auditDate).includes(String(age)))) continue;
    const f = plain(p.fore);
    rows.push({
      row: {
        displayName: shown(p, rnd),
        username: rnd.pick([`${f}${age}`, `${f}_${age}`, `${f}.${age}`, `${age}${f}`]),
        connectedOn: on,
      },
      label: { kind: 'forename_age_shared', pupil: p.id, expect: 'review' },
    });
    placed++;
  }
  return rows;
}
