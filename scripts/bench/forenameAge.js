/**
 * A first name and the child's age, no surname anywhere (`matilda12`, `Matilda ✨` / `12_matilda`):
 * children put their age in a handle as often as their birth year. The age is the pupil's when the
 * account was connected, or, undated or made later, at the audit date. Worth a look, no more.
 *
 * And the adults such a handle may be confused with: a forename and a small number that is a child's
 * age, a football shirt or a house number (`james_7`, `sarah14`). Two sources, at rates fixed before
 * the engine read them: 3 % of background adults (whose forenames are a child's name one time in
 * seven, as `backgroundName` draws them), and as many adults bearing a pupil's forename as the
 * letter-and-number trap plants (`adult_forename_letter_number`): a parent named as the child is.
 */

/** The emoji children put beside a forename alone (`Poppy ✨`). */
export const EMOJI = ['✨', '💕', '🌸', '⚽', '🔥', '💙', '🦋', '👑', '🎮'];
/** The share of background adults whose handle is their forename and a number of 1 to 30. */
export const ADULT_FORENAME_NUMBER_SHARE = 0.03;

/** Whole years from an ISO birth date to an ISO date. */
export function ageOn(dob, on) {
  const years = Number(on.slice(0, 4)) - Number(dob.slice(0, 4));
  return on.slice(5) < dob.slice(5) ? years - 1 : years;
}

/**
 * The numbers pupil `o` may read as their own beside their forename: birth year (two digits or four), year group,
 * age at the audit date and, where the row is dated `on`, age then.
 */
export function numbersOf(o, on, auditDate) {
  return [
    o.dob.slice(2, 4),
    o.dob.slice(0, 4),
    !o.former && o.year > 0 && String(o.year),
    String(ageOn(o.dob, auditDate)),
    on && String(ageOn(o.dob, on)),
  ];
}

/** A handle of a forename and a number, in the shapes children and adults both write. */
function handle(f, n, rnd) {
  return rnd.pick([`${f}${n}`, `${f}_${n}`, `${f}.${n}`, `${n}${f}`, `${n}_${f}`]);
}

/**
 * A pupil's forename-and-age account: `null` for a pupil under 8 (an infant's account is a parent's).
 * `connectedOn` the row's date (or undefined); `auditDate` ISO; `plain` the name-to-handle spelling.
 */
export function forenameAgeRow(p, connectedOn, auditDate, rnd, plain) {
  const atAudit = ageOn(p.dob, auditDate);
  const age = connectedOn && rnd.chance(0.6) ? ageOn(p.dob, connectedOn) : atAudit;
  if (age < 8 || age > 18) return null;
  const f = plain(p.fore);
  const shown = rnd.next();
  const displayName = shown < 0.4 ? p.fore : shown < 0.6 ? `${p.fore} ${rnd.pick(EMOJI)}` : '';
  return { row: { displayName, username: handle(f, age, rnd), connectedOn }, age };
}

/**
 * An adult's forename-and-number row: `fore` the adult's forename, `sur` their surname (shown in the
 * display name half the time). The number: a child's age (1–18) or a shirt or house number (1–30).
 */
export function adultForenameNumberRow(fore, sur, rnd, plain) {
  const n = rnd.chance(0.5) ? 1 + rnd.int(18) : 1 + rnd.int(30);
  const shown = rnd.next();
  const displayName = shown < 0.5 ? `${fore} ${sur}` : shown < 0.7 ? fore : '';
  return {
    row: { displayName, username: handle(plain(fore), n, rnd) },
    label: { kind: 'adult_forename_number', trap: true, expect: 'none' },
  };
}
