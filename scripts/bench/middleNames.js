/**
 * A pupil going by their middle name, and the adults bearing that middle name with the pupil's surname (weak44;
 * generator 44), at rates fixed before the engine read any of these rows:
 *
 * - `middle_as_forename`: a pupil whose roll holds a middle name (Thomas James Ward) going by it (`James Ward`),
 *   GOES_BY_MIDDLE of the pupils with one: of the pupil rows, that share of the middle names' share of the roll.
 *   No survey counts it (adamenglebright.com/middle-names: "it leaves very little trace"); 3 % is the generator's
 *   assumption, "a few per cent". Pupils' platforms and handles, connected from 8 (an infant from 4). Worth a look.
 * - `relative_middle_name`: a parent, grandparent or uncle the middle name honours, bearing it with the family's
 *   surname; as often as the bench's relative bearing the pupil's whole name (familyAccounts.js), since a middle
 *   name honours a relative at least as often as a forename does. A fifth with a handle of their own birth year.
 * - `adult_middle_namesake`: an unrelated adult whose own forename is the pupil's middle name, beside the pupil's
 *   surname: the middle names are the forenames of every generation (namePools.js' MIDDLE_NAMES: James, John,
 *   Louise, Anne), so an adult of the surname bears it by chance; as often as the relatives.
 *
 * Adults' platforms, connected any day since 2010, a tenth undated. A stream of its own, after every other row:
 * the rows before them are as they were.
 */

/** The share of pupils with a middle name who go by it (the generator's assumption, see above). */
export const GOES_BY_MIDDLE = 0.03;

const PUPIL_PLATFORMS = ['tiktok', 'tiktok', 'snapchat', 'snapchat', 'instagram', 'instagram', 'instagram', 'facebook'];
const ADULT_PLATFORMS = ['facebook', 'facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'x', 'linkedin'];

/** A day between `fromYear` and the audit date, as YYYY-MM-DD (undefined a tenth of the time). */
function dayBetween(rnd, fromYear, auditDate) {
  if (rnd.chance(0.1)) return undefined;
  const from = Date.UTC(fromYear, 0, 1);
  return new Date(from + rnd.next() * Math.max(0, Date.parse(auditDate) - from)).toISOString().slice(0, 10);
}

/** An adult's row bearing `fore` and `sur`: the display name, a fifth with a handle of their birth year. */
function adultRow(fore, sur, rnd, plain, auditDate) {
  const row = { displayName: `${fore} ${sur}`, platform: rnd.pick(ADULT_PLATFORMS) };
  const on = dayBetween(rnd, 2010, auditDate);
  if (on) row.connectedOn = on;
  if (rnd.chance(0.2)) row.username = `${plain(fore)}${plain(sur)}${String(1950 + rnd.int(46)).slice(2)}`;
  return row;
}

/**
 * `{ member, row, label }` rows of the three kinds. `pupils`: current pupils no other pupil in scope is taken for
 * (of them, those whose middle name and surname no pupil in scope goes by: `isNamesake(fore, sur)`);
 * `pupilRows`: the bench's pupil rows; `familyCount`: the bench's count of each family kind; `dateAfter(dob)`: a
 * pupil's connection date.
 */
export function middleNameRows({
  pupils,
  staff,
  pupilRows,
  familyCount,
  rnd,
  plain,
  isNamesake,
  dateAfter,
  auditDate,
}) {
  const withMiddle = pupils.filter((p) => p.middle && !isNamesake(p.middle, p.sur));
  if (withMiddle.length === 0) return [];
  const rows = [];
  const share = pupils.filter((p) => p.middle).length / pupils.length;
  const goingBy = Math.max(4, Math.round(pupilRows * share * GOES_BY_MIDDLE));
  for (let i = 0; i < goingBy; i++) {
    const p = rnd.pick(withMiddle);
    const r = rnd.next();
    const row =
      r < 0.6
        ? { displayName: `${p.middle} ${p.sur}` }
        : r < 0.8
          ? { displayName: `${p.middle} ${p.sur}`, username: `${plain(p.middle)}${plain(p.sur)}${p.dob.slice(2, 4)}` }
          : { displayName: p.middle, username: `${plain(p.middle)}.${plain(p.sur)}` };
    row.platform = rnd.pick(PUPIL_PLATFORMS);
    if (!rnd.chance(0.1)) row.connectedOn = dateAfter(p.dob);
    rows.push({ member: rnd.pick(staff), row, label: { kind: 'middle_as_forename', pupil: p.id, expect: 'review' } });
  }
  for (const kind of ['relative_middle_name', 'adult_middle_namesake'])
    for (let i = 0; i < familyCount; i++) {
      const p = rnd.pick(withMiddle);
      rows.push({
        member: rnd.pick(staff),
        row: adultRow(p.middle, p.sur, rnd, plain, auditDate),
        label: { kind, trap: true, expect: 'none', pupil: p.id },
      });
    }
  return rows;
}
