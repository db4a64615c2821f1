/**
 * Former pupils now 18 or over writing their own names as pupils do (issue 14): every way of the
 * disguise decks (a pet form, an initial, a first name with their birth year, a slip, decoration),
 * on the platforms young people use. The policy never reports them; a finding on such a row naming a
 * current pupil is a false review (or a wrong flag). Rows are written whatever pupils in scope bear
 * the same or a near name: an account of that name is as likely the leaver's, and telling them apart
 * is the engine's work. Planted at one row per two pupil rows (`FORMER_ADULT_SHARE`), chosen before
 * the engine read any (the held-out school plants about one such row per two pupils' rows).
 */
import { DISGUISES, EXTRA_DISGUISES } from './disguises.js';

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
