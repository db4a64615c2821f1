/**
 * A pupil's family on a member of staff's list (family39; generator 36), as life makes them: the adults the
 * policy says are never flagged, whose names come nearest the pupil's.
 *
 * - `relative_whole_name`: a grandparent, father or uncle the pupil is named after: the pupil's whole
 *   name; a fifth with a handle of their own birth year (1950–1995). Adults' platforms, connected any
 *   day since 2010, a tenth undated.
 * - `grown_sibling_short_form`: a grown older sibling (18–25, not on the leavers list) whose own
 *   child-generation forename shares a usual short form with the pupil's (Samantha and Samuel: Sam), written
 *   so beside the family's surname; young adults' platforms, connected since they were 13.
 * - `parent_shared_forename`: a parent going by the pupil's forename or its usual short form as their own
 *   (Alex, Sam, Charlie, Jo, Jess: names both generations and sexes carry), the family's surname.
 * - `parent_child_year_handle`: a parent whose handle carries the child's birth year (`ward_mum2014`,
 *   `karenward2014`), their own forename in the display name.
 * - `parent_child_name`: a parent named by the child (`ellies.mum`, `Karen Ward (Ellie's mum)`, `Ellie's Mum`,
 *   `Mum of Ellie & Jack`).
 * - `family_beside`: with half of the first three, another of the family (their own adult forename, the
 *   family's surname) on the same member of staff's list.
 *
 * Each kind is planted as often as each of the bench's later kinds (one per disguise's share of the pupil
 * rows, at least 12), a rate fixed before the engine read any of them; all are traps (never to be reported).
 * A stream of their own, after every other row: the rows before them are as they were.
 */

const YOUNG_ADULT_PLATFORMS = ['instagram', 'instagram', 'snapchat', 'facebook', 'facebook', 'tiktok', 'x'];
const ADULT_PLATFORMS = ['facebook', 'facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'x', 'tiktok'];
/** Forms both generations and sexes carry as their own name (an adult Sam, Alex or Jo is as often not a short form). */
const SHARED_BY_ADULTS = new Set(['sam', 'alex', 'charlie', 'jo', 'jess', 'max', 'frankie', 'georgie', 'dani', 'ali']);
const MUM_WORDS = ['mum', 'mum', 'mam', 'mummy', 'dad', 'dad'];

const cap = (word) => word[0].toUpperCase() + word.slice(1);

/** A day between `fromYear` and the audit date, as YYYY-MM-DD (undefined a tenth of the time). */
function dayBetween(rnd, fromYear, auditDate) {
  if (rnd.chance(0.1)) return undefined;
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.parse(auditDate);
  return new Date(from + rnd.next() * Math.max(0, to - from)).toISOString().slice(0, 10);
}

/**
 * `{ member, row, label }` rows of every family kind. `pupils`: current pupils no other pupil in scope is
 * taken for; `childNames`: the bench's children's forenames; `adultName()`: an adult forename; `book`:
 * the engine's nickname book (usual short forms).
 */
export function familyRows({ pupils, childNames, adultName, staff, count, rnd, plain, book, auditDate }) {
  const rows = [];
  const nicknames = (name) =>
    [...book.formsOf(plain(name))].filter(([, relation]) => relation === 'nickname').map(([form]) => form);
  const withBeside = (member, row, label, p) => {
    rows.push({ member, row, label });
    if (!rnd.chance(0.5)) return;
    rows.push({
      member,
      row: {
        displayName: `${adultName()} ${p.sur}`,
        platform: rnd.pick(ADULT_PLATFORMS),
        connectedOn: dayBetween(rnd, 2010, auditDate),
      },
      label: { kind: 'family_beside', trap: true, expect: 'none', pupil: p.id },
    });
  };
  // A relative the pupil is named after.
  for (let i = 0; i < count; i++) {
    const p = rnd.pick(pupils);
    const born = 1950 + rnd.int(46);
    const row = {
      displayName: `${p.fore} ${p.sur}`,
      platform: rnd.pick(ADULT_PLATFORMS),
      connectedOn: dayBetween(rnd, 2010, auditDate),
    };
    if (rnd.chance(0.2)) row.username = `${plain(p.fore)}${plain(p.sur)}${String(born).slice(2)}`;
    withBeside(rnd.pick(staff), row, { kind: 'relative_whole_name', trap: true, expect: 'none', pupil: p.id }, p);
  }
  // A grown older sibling whose own forename shares the pupil's usual short form.
  const siblingsOf = (p) => {
    const forms = new Set(nicknames(p.fore));
    const out = [];
    for (const name of childNames) {
      if (plain(name) === plain(p.fore)) continue;
      for (const form of nicknames(name)) if (forms.has(form)) out.push([name, form]);
    }
    return out;
  };
  for (let i = 0, placed = 0; placed < count && i < 5_000; i++) {
    const p = rnd.pick(pupils);
    const options = siblingsOf(p);
    if (options.length === 0) continue;
    const [, form] = rnd.pick(options);
    const born = 2001 + rnd.int(8);
    const row = {
      displayName: `${cap(form)} ${p.sur}`,
      platform: rnd.pick(YOUNG_ADULT_PLATFORMS),
      connectedOn: dayBetween(rnd, Math.max(2012, born + 13), auditDate),
    };
    withBeside(rnd.pick(staff), row, { kind: 'grown_sibling_short_form', trap: true, expect: 'none', pupil: p.id }, p);
    placed++;
  }
  // A parent whose own name is the pupil's forename or its usual short form.
  for (let i = 0, placed = 0; placed < count && i < 5_000; i++) {
    const p = rnd.pick(pupils);
    const forms = [plain(p.fore), ...nicknames(p.fore)].filter((form) => SHARED_BY_ADULTS.has(form));
    if (forms.length === 0) continue;
    const born = 1970 + rnd.int(26);
    const row = {
      displayName: `${cap(rnd.pick(forms))} ${p.sur}`,
      platform: rnd.pick(ADULT_PLATFORMS),
      connectedOn: dayBetween(rnd, 2010, auditDate),
    };
    if (rnd.chance(0.2)) row.username = `${plain(row.displayName)}${String(born).slice(2)}`.replace(/ /g, '');
    withBeside(rnd.pick(staff), row, { kind: 'parent_shared_forename', trap: true, expect: 'none', pupil: p.id }, p);
    placed++;
  }
  // A parent's handle with the child's birth year.
  for (let i = 0; i < count; i++) {
    const p = rnd.pick(pupils);
    const own = adultName();
    const year = p.dob.slice(0, 4);
    const sur = plain(p.sur).replace(/[^a-z]/g, '');
    const username = rnd.pick([
      `${sur}_${rnd.pick(MUM_WORDS)}${year}`,
      `${plain(own)}${sur}${year}`,
      `${plain(own)}.${sur}${year.slice(2)}`,
    ]);
    rows.push({
      member: rnd.pick(staff),
      row: {
        displayName: `${own} ${p.sur}`,
        username,
        platform: rnd.pick(ADULT_PLATFORMS),
        connectedOn: dayBetween(rnd, 2010, auditDate),
      },
      label: { kind: 'parent_child_year_handle', trap: true, expect: 'none', pupil: p.id },
    });
  }
  // A parent named by the child.
  for (let i = 0; i < count; i++) {
    const p = rnd.pick(pupils);
    const own = adultName();
    const word = rnd.pick(MUM_WORDS);
    const other = rnd.pick(childNames);
    const shown = rnd.pick([
      { username: `${plain(p.fore)}s.${word}` },
      { displayName: `${own} ${p.sur}`, username: `${plain(p.fore)}s${word}` },
      { displayName: `${own} ${p.sur} (${p.fore}'s ${word})` },
      { displayName: `${p.fore}'s ${cap(word)}` },
      { displayName: `${cap(word)} of ${p.fore} & ${other}` },
    ]);
    rows.push({
      member: rnd.pick(staff),
      row: { ...shown, platform: rnd.pick(ADULT_PLATFORMS), connectedOn: dayBetween(rnd, 2010, auditDate) },
      label: { kind: 'parent_child_name', trap: true, expect: 'none', pupil: p.id },
    });
  }
  return rows;
}
