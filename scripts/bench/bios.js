/**
 * Words a person writes of themselves beside their name, set off from it (words45; generator 47): a sport, a
 * team, a town, a calling, pronouns, emoji, a pet name in brackets, after ` | `, ` - `, ` • `, ` · `, between emoji
 * or in brackets. Children's display names carry them all the time; so do adults'. At shares fixed before the
 * engine read any of these rows:
 *
 * - `pupil_bio`: a pupil's whole name with such words, PUPIL_BIO_SHARE of the pupil rows (6 %). No survey counts
 *   it; the generator's assumption, "one pupil's account in twenty or so", from the lead's examples (issue 14).
 *   Pupils' platforms, connected from 8 (an infant from 4). Worth a look: `review`.
 * - `adult_namesake_bio`: an adult bearing a pupil's whole name by chance, with words of their own (a town, a
 *   team, a pastime): as many as the bench's relatives bearing the pupil's name (familyAccounts.js), since an
 *   adult writes such words about as often as a child does, and a whole name on the lists is as often an adult's
 *   as a child's. So the fit learns what the words say of who wrote them from the two at about equal shares:
 *   little either way, which is what a town or a team says of a name's bearer.
 *
 * Never a word of a job (trade45's, `jobWords.ts`; nor Dancer or Artist, which may be either), nor a title or family word (`Mum of 3`: an adult word,
 * weighed apart): the fit is of words that are neither. A stream of its own, after every other row: the rows
 * before them are as they were.
 */

/** The share of pupil rows written with words set off from the whole name (the generator's assumption, above). */
export const PUPIL_BIO_SHARE = 0.06;

const PUPIL_WORDS = [
  'Basketball',
  'Gymnast',
  'Swimmer',
  'MUFC',
  'LFC',
  'Arsenal',
  'Leeds',
  'Manchester',
  'London',
  'Bristol',
  'Student',
  'Horse Girl',
  'Singer',
  'Zorblax',
  'Gamer',
];
const ADULT_WORDS = [
  'Leeds',
  'Manchester',
  'London',
  'Bristol',
  'MUFC',
  'LFC',
  'Arsenal',
  'Runner',
  'Dog Lover',
  'Traveller',
  'Coffee',
  'Cyclist',
  'Yorkshire',
];
/** How the words are set off from the name: `%` is the words. */
const SETTINGS = [' | %', ' | %', ' - %', ' • %', ' · %', ' ✨ % ✨', ' 🏀 %', ' (%)'];
const PUPIL_PLATFORMS = ['tiktok', 'tiktok', 'snapchat', 'snapchat', 'instagram', 'instagram', 'instagram', 'facebook'];
const ADULT_PLATFORMS = ['facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'x'];

function setOff(name, words, rnd) {
  return name + rnd.pick(SETTINGS).replace('%', words);
}

/** A day between `fromYear` and the audit date, as YYYY-MM-DD (undefined a tenth of the time). */
function dayBetween(rnd, fromYear, auditDate) {
  if (rnd.chance(0.1)) return undefined;
  const from = Date.UTC(fromYear, 0, 1);
  return new Date(from + rnd.next() * Math.max(0, Date.parse(auditDate) - from)).toISOString().slice(0, 10);
}

/**
 * `{ member, row, label }` rows of both kinds. `pupils`: current pupils no other pupil in scope is taken for;
 * `pupilRows`: the bench's pupil rows; `familyCount`: the bench's count of each family kind; `dateAfter(dob)`: a
 * pupil's connection date.
 */
export function bioRows({ pupils, staff, pupilRows, familyCount, rnd, dateAfter, auditDate }) {
  if (pupils.length === 0) return [];
  const rows = [];
  for (let i = 0; i < Math.max(4, Math.round(pupilRows * PUPIL_BIO_SHARE)); i++) {
    const p = rnd.pick(pupils);
    const row = { displayName: setOff(`${p.fore} ${p.sur}`, rnd.pick(PUPIL_WORDS), rnd) };
    row.platform = rnd.pick(PUPIL_PLATFORMS);
    if (!rnd.chance(0.1)) row.connectedOn = dateAfter(p.dob);
    rows.push({ member: rnd.pick(staff), row, label: { kind: 'pupil_bio', pupil: p.id, expect: 'review' } });
  }
  for (let i = 0; i < familyCount; i++) {
    const p = rnd.pick(pupils);
    const row = {
      displayName: setOff(`${p.fore} ${p.sur}`, rnd.pick(ADULT_WORDS), rnd),
      platform: rnd.pick(ADULT_PLATFORMS),
    };
    const on = dayBetween(rnd, 2010, auditDate);
    if (on) row.connectedOn = on;
    rows.push({ member: rnd.pick(staff), row, label: { kind: 'adult_namesake_bio', trap: true, expect: 'none' } });
  }
  return rows;
}
