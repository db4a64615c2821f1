/**
 * Pupils who write a hobby, trade or job word beside their own name, and the adults and businesses who write such
 * words beside a pupil's surname or whole name (trade45; generator 45), so that the model's `adultWords` levels are
 * fitted on true pairs as well as others (before, on none: −11 bits on 0 true pairs against 38). No survey counts
 * these accounts; the shares are the generator's assumptions, stated here and fixed before the engine read a row:
 *
 * - Pupils of 11 or over (Year 7 up; none at an infant school), of the bench's pupil rows: 1 % a hobby word in the
 *   handle after the name (`isla.marsh.nails`, `islamarsh_photos`: an art, nails, makeup, photo or fitness account
 *   is a common teenage account), 0.5 % a hobby word after the name in the display name (`Isla Marsh makeup`), 0.5 %
 *   a self-description after a separator (`Isla Marsh • Artist`, `| Design`), 0.25 % a side-line (`Isla Marsh
 *   Cakes`, `islamarshbakes`), 0.25 % an aspiration after a separator, a job word in it (`| Aspiring Nurse`,
 *   `| Future Doctor`): about 2.5 % in all, "a few in a hundred". Trades of a firm (plumbing, solicitors), degrees,
 *   titles and family words: none (a pupil does not write them of herself).
 * - Adults (traps, never the pupil): of each kind as many as the bench's family kinds (familyAccounts.js) — an
 *   adult of a pupil's surname with a trade or hobby word (`Sarah Marsh Photography`, `Marsh Plumbing`,
 *   `dave.marsh.builders`), with a title (`Mrs Jane Marsh`), with a job after a separator (LinkedIn's `Jane Marsh
 *   | Nurse`, half bearing the pupil's whole name), with a firm's suffix or a degree (`Marsh Consulting Ltd`, `Jane
 *   Marsh MBA`, a quarter bearing the whole name); half as many a
 *   business bearing a pupil's whole name with a hobby word (`Isla Marsh Nails`, an adult namesake's; the bench's
 *   traps already bear it with Mrs, Dr, Snr, Plumbing and Photography).
 *
 * Pupils' platforms, connected from 11; adults' platforms, any day since 2010, a tenth undated. A stream of its
 * own, after every other row: the rows before them are as they were.
 */

/** Shares of the bench's pupil rows written so by pupils of 11 or over (see above). */
export const PUPIL_SHARES = {
  hobbyHandle: 0.01,
  hobbyDisplay: 0.005,
  selfDescribed: 0.005,
  sideLine: 0.0025,
  aspiration: 0.0025,
};

const HOBBIES = ['nails', 'makeup', 'photos', 'photo', 'photography', 'fitness', 'design', 'lashes', 'beauty', 'hair'];
const SELF = ['Artist', 'Design', 'Photography', 'Makeup', 'Fitness', 'Author'];
const SIDE_LINES = ['Cakes', 'Bakes', 'Nails', 'Lashes'];
const ASPIRATIONS = ['Aspiring Nurse', 'Future Doctor', 'Aspiring Doctor', 'Future Engineer', 'Aspiring Designer'];
const SEPARATORS = [' | ', ' • ', ' - '];
const TRADES = ['Photography', 'Plumbing', 'Builders', 'Nails', 'Hair', 'Fitness', 'Electrical', 'Cleaning', 'Beauty'];
const TITLES = ['Mrs', 'Mr', 'Dr', 'Miss'];
const JOBS = ['Nurse', 'Teacher', 'Solicitor', 'Project Manager', 'Photographer', 'Accountant', 'Engineer'];
const LETTERS = ['Ltd', 'MBA', 'PhD', 'ACCA', 'BSc'];

const PUPIL_PLATFORMS = ['instagram', 'instagram', 'instagram', 'tiktok', 'tiktok', 'snapchat', 'facebook'];
const ADULT_PLATFORMS = ['facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'x'];

/** A day between `fromYear` and the audit date, as YYYY-MM-DD (undefined a tenth of the time). */
function dayBetween(rnd, fromYear, auditDate) {
  if (rnd.chance(0.1)) return undefined;
  const from = Date.UTC(fromYear, 0, 1);
  return new Date(from + rnd.next() * Math.max(0, Date.parse(auditDate) - from)).toISOString().slice(0, 10);
}

/** A pupil's row of one kind (see above). */
function pupilRow(kind, p, rnd, plain) {
  const f = plain(p.fore);
  const s = plain(p.sur);
  const name = `${p.fore} ${p.sur}`;
  const dot = rnd.pick(['', '.', '_']);
  switch (kind) {
    case 'hobbyHandle':
      return {
        displayName: rnd.chance(0.5) ? name : p.fore,
        username: `${f}${dot}${s}${rnd.pick(['.', '_'])}${rnd.pick(HOBBIES)}`,
      };
    case 'hobbyDisplay': {
      const hobby = rnd.pick(HOBBIES);
      return { displayName: `${name} ${rnd.chance(0.5) ? hobby : hobby[0].toUpperCase() + hobby.slice(1)}` };
    }
    case 'selfDescribed':
      return { displayName: `${name}${rnd.pick(SEPARATORS)}${rnd.pick(SELF)}`, username: `${f}${dot}${s}` };
    case 'sideLine': {
      const line = rnd.pick(SIDE_LINES);
      return rnd.chance(0.5)
        ? { displayName: `${name} ${line}` }
        : { displayName: name, username: `${f}${s}${line.toLowerCase()}` };
    }
    default:
      return { displayName: `${name}${rnd.pick(SEPARATORS)}${rnd.pick(ASPIRATIONS)}` };
  }
}

/** An adult's row of one kind beside pupil `p` (see above): `fore` is the adult's own forename. */
function adultRow(kind, p, fore, rnd, plain) {
  switch (kind) {
    case 'adult_trade_surname': {
      const trade = rnd.pick(TRADES);
      const r = rnd.next();
      return r < 0.4
        ? { displayName: `${fore} ${p.sur} ${trade}` }
        : r < 0.7
          ? { displayName: `${p.sur} ${trade}` }
          : { displayName: `${fore} ${p.sur}`, username: `${plain(fore)}.${plain(p.sur)}.${trade.toLowerCase()}` };
    }
    case 'adult_title_surname':
      return { displayName: `${rnd.pick(TITLES)} ${fore} ${p.sur}` };
    case 'adult_job':
      // Half an adult bearing the pupil's whole name (LinkedIn's `Arthur Knight | Nurse`), half the surname alone.
      return {
        displayName: `${rnd.chance(0.5) ? p.fore : fore} ${p.sur}${rnd.pick(SEPARATORS)}${rnd.pick(JOBS)}`,
        platform: 'linkedin',
      };
    case 'adult_letters':
      return rnd.chance(0.5)
        ? { displayName: `${p.sur} ${rnd.pick(['Consulting', 'Properties', 'Associates'])} Ltd` }
        : { displayName: `${rnd.chance(0.5) ? p.fore : fore} ${p.sur} ${rnd.pick(LETTERS)}` };
    default: {
      const hobby = rnd.pick(SIDE_LINES.concat(['Photography', 'Fitness', 'Hair', 'Beauty']));
      return rnd.chance(0.5)
        ? { displayName: `${p.fore} ${p.sur} ${hobby}` }
        : { displayName: `${p.fore} ${p.sur}`, username: `${plain(p.fore)}${plain(p.sur)}${hobby.toLowerCase()}` };
    }
  }
}

/**
 * `{ member, row, label }` rows of the kinds above. `pupils`: current pupils no other pupil in scope is taken for;
 * `pupilRows`: the bench's pupil rows; `familyCount`: the bench's count of each family kind; `adultForename()`: an
 * adult's forename; `dateAfter(dob)`: a pupil's connection date (from 8; taken from 11 here).
 */
export function tradeWordRows({ pupils, staff, pupilRows, familyCount, rnd, plain, adultForename, auditDate }) {
  const rows = [];
  const older = pupils.filter((p) => p.year >= 7);
  if (older.length === 0) return rows;
  for (const [kind, share] of Object.entries(PUPIL_SHARES))
    for (let i = 0; i < Math.round(pupilRows * share); i++) {
      const p = rnd.pick(older);
      const row = { ...pupilRow(kind, p, rnd, plain), platform: rnd.pick(PUPIL_PLATFORMS) };
      const on = dayBetween(rnd, Number(p.dob.slice(0, 4)) + 11, auditDate);
      if (on) row.connectedOn = on;
      rows.push({ member: rnd.pick(staff), row, label: { kind: `pupil_${kind}`, pupil: p.id, expect: 'review' } });
    }
  const adults = [
    ['adult_trade_surname', familyCount],
    ['adult_title_surname', familyCount],
    ['adult_job', familyCount],
    ['adult_letters', familyCount],
    ['namesake_hobby_business', Math.max(4, Math.round(familyCount / 2))],
  ];
  for (const [kind, count] of adults)
    for (let i = 0; i < count; i++) {
      const p = rnd.pick(older);
      const row = adultRow(kind, p, adultForename(), rnd, plain);
      row.platform ??= rnd.pick(ADULT_PLATFORMS);
      const on = dayBetween(rnd, 2010, auditDate);
      if (on) row.connectedOn = on;
      rows.push({ member: rnd.pick(staff), row, label: { kind, trap: true, expect: 'none', pupil: p.id } });
    }
  return rows;
}
