/**
 * Adults known to several members of staff, as life makes them (bar41; generator 38): a colleague's partner,
 * a local coach, a neighbour is on two or three staff lists, the same account on each, as a pupil's own
 * account may be. Without them the bench's adults were each on one list, so that being on several lists
 * told a pupil from any adult, a namesake too.
 *
 * - Background adults (unlabelled rows and `background_namesake`): KNOWN_TO_SEVERAL of their accounts are
 *   written again on one or two more members' lists, connected another day.
 * - `namesake_several_lists`: an unrelated adult bearing a pupil's whole name, so known: adults' platforms,
 *   connected any day since 2010 (a tenth undated), a handle that is no name (on Facebook a profile
 *   number), on two or three lists; a trap (never to be flagged). A third as many accounts as each of the
 *   bench's later kinds (a disguise's share of the pupil rows, at least 4).
 *
 * Rates fixed before the engine read any of these rows. A stream of its own, after every other row: the
 * rows before them are as they were.
 */

/** The share of background adults' accounts on more than one member of staff's list. */
export const KNOWN_TO_SEVERAL = 0.1;

const ADULT_PLATFORMS = ['facebook', 'facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'x', 'linkedin'];
const HANDLE_WORDS = ['oak', 'river', 'fell', 'harbour', 'copper', 'meadow', 'north', 'stone', 'birch', 'lark'];

/** A day between 2010 and the audit date, as YYYY-MM-DD (undefined a tenth of the time). */
function dayBetween(rnd, auditDate) {
  if (rnd.chance(0.1)) return undefined;
  const from = Date.UTC(2010, 0, 1);
  return new Date(from + rnd.next() * (Date.parse(auditDate) - from)).toISOString().slice(0, 10);
}

/** `count` distinct members of staff other than `but` (fewer if the staff are fewer). */
function othersThan(but, staff, count, rnd) {
  const members = new Set();
  const wanted = Math.min(count, staff.length - 1);
  while (members.size < wanted) {
    const m = rnd.pick(staff);
    if (m !== but) members.add(m);
  }
  return [...members];
}

/**
 * `{ member, row, label }` rows: each background account kept in `again` (`{ member, row, label }` as first
 * written, with its platform and profile number) on one or two more members' lists.
 */
export function knownToSeveralRows({ again, staff, rnd, auditDate }) {
  const rows = [];
  for (const { member, row, label } of again)
    for (const other of othersThan(member, staff, 1 + rnd.int(2), rnd))
      rows.push({ member: other, row: { ...row, connectedOn: dayBetween(rnd, auditDate) }, label });
  return rows;
}

/**
 * `{ member, row, label }` rows: `count` accounts bearing a pupil's whole name, each on two or three
 * distinct members' lists. `pupils`: current pupils no other pupil in scope is taken for.
 */
export function namesakeSeveralListsRows({ pupils, staff, count, rnd, auditDate }) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const p = rnd.pick(pupils);
    const platform = rnd.pick(ADULT_PLATFORMS);
    const account =
      platform === 'facebook'
        ? { profileId: String(rnd.int(1e9)).padStart(9, '0') }
        : { username: `${rnd.pick(HANDLE_WORDS)}${rnd.pick(HANDLE_WORDS)}${rnd.int(1000)}` };
    const first = rnd.pick(staff);
    for (const member of [first, ...othersThan(first, staff, 1 + rnd.int(2), rnd)])
      rows.push({
        member,
        row: { displayName: `${p.fore} ${p.sur}`, platform, ...account, connectedOn: dayBetween(rnd, auditDate) },
        label: { kind: 'namesake_several_lists', trap: true, expect: 'none', pupil: p.id },
      });
  }
  return rows;
}
