/**
 * Former pupils now 18 or over writing their own names as pupils do (issue 14): every way of the
 * disguise decks (a pet form, an initial, a first name with their birth year, a slip, decoration),
 * on the platforms young people use. The policy never reports them; a finding on such a row naming a
 * current pupil is a false review (or a wrong flag). Rows are written whatever pupils in scope bear
 * the same or a near name: an account of that name is as likely the leaver's, and telling them apart
 * is the engine's work. Planted at one row per two pupil rows (`FORMER_ADULT_SHARE`), chosen before
 * the engine read any (the held-out school plants about one such row per two pupils' rows). A tenth of
 * current pupils have an older sibling among them, and one in fifty a namesake (`leaversBeside`).
 */
import { DISGUISES, EXTRA_DISGUISES } from './disguises.js';

/** Current pupils with an older brother or sister who has left and is 18 or over now. */
export const OLDER_SIBLING_SHARE = 0.1;
/** Current pupils whose whole name a leaver 18+ bears (a cousin named after the same grandparent, a common name). */
export const NAMESAKE_LEAVER_SHARE = 0.02;

/**
 * Leavers 18 to 21 now beside current pupils: older siblings (the pupil's surname, a forename of their
 * own from `forenames`, never the pupil's) and namesakes (the pupil's whole name). Born September 2005
 * to August 2008, leaving after Year 13 (45 %) or Year 11. Ids `F…`, drawn from `rnd` (a stream of their own).
 */
export function leaversBeside(current, rnd, forenames, plain) {
  const leavers = [];
  const leaver = (fore, sur) => {
    // The school year they were born in begins on 1 September of `start`.
    const start = 2005 + rnd.int(3);
    const dob = new Date(Date.UTC(start, 8, 1 + rnd.int(365))).toISOString().slice(0, 10);
    const leaving = `${start + (rnd.chance(0.45) ? 19 : 17)}-07-20`;
    leavers.push({ id: `F${100000 + leavers.length}`, fore, sur, dob, leaving, former: true, adult: true });
  };
  for (const pupil of current) {
    if (rnd.chance(OLDER_SIBLING_SHARE)) {
      let fore = rnd.pick(forenames);
      while (plain(fore) === plain(pupil.fore)) fore = rnd.pick(forenames);
      leaver(fore, pupil.sur);
    }
    if (rnd.chance(NAMESAKE_LEAVER_SHARE)) leaver(pupil.fore, pupil.sur);
  }
  return leavers;
}

/** Rows of leavers 18+ written as pupils write themselves, per pupil row. */
export const FORMER_ADULT_SHARE = 0.5;

/** Platforms of young adults' accounts, as often as the bench's pupils' (and LinkedIn, where they are old enough). */
const PLATFORMS = [
  'tiktok',
  'snapchat',
  'snapchat',
  'instagram',
  'instagram',
  'instagram',
  'facebook',
  'x',
  'linkedin',
];

/**
 * `count` rows of the leavers 18+ (`leavers`), each a disguise of the deck in turn on a leaver who can take it:
 * `{ row, label }`, the label a trap (`former_adult_written`) naming the leaver and the disguise.
 */
export function formerAdultRows(leavers, count, rnd, ctx, dateAfter) {
  const deck = [...DISGUISES, ...EXTRA_DISGUISES];
  const rows = [];
  for (let i = 0; leavers.length > 0 && rows.length < count && i < 2 * count + deck.length; i++) {
    const disguise = deck[i % deck.length];
    // A disguise few leavers take (a preferred name) is passed over after twenty leavers who cannot.
    for (let tries = 0; tries < 20; tries++) {
      const p = rnd.pick(leavers);
      const made = disguise.make(p, rnd, ctx);
      if (!made) continue;
      const { shown, typo, pet, alone, initial, ...row } = made;
      rows.push({
        row: { platform: rnd.pick(PLATFORMS), ...row, connectedOn: rnd.chance(0.85) ? dateAfter(p.dob) : undefined },
        label: { kind: 'former_adult_written', disguise: disguise.kind, trap: true, expect: 'none', pupil: p.id },
      });
      break;
    }
  }
  return rows;
}
