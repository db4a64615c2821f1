// Connection rows: unrelated adults (the bulk), and the planted pupils and adults.
import { ADULT_KINDS, linkedinUrl } from './adultKinds.mjs';
import { PUPIL_KINDS } from './disguises.mjs';
import { addYears, dayBetween, handlePart } from './text.mjs';
import { EMOJI } from './unicodeStyles.mjs';

export const NAMESAKE_KEEP = 0.15;

const PLATFORMS = [
  ['facebook', 40],
  ['instagram', 24],
  ['linkedin', 14],
  ['x', 8],
  ['tiktok', 8],
  ['snapchat', 6],
];
const PLATFORM_TOTAL = PLATFORMS.reduce((a, [, w]) => a + w, 0);

export function pickPlatform(rng) {
  let x = rng.next() * PLATFORM_TOTAL;
  for (const [p, w] of PLATFORMS) {
    x -= w;
    if (x < 0) return p;
  }
  return 'facebook';
}

export function relationshipFor(platform, rng) {
  if (platform === 'facebook')
    return rng.chance(0.9) ? 'friend' : rng.pick(['request_sent', 'request_received', 'following']);
  if (platform === 'linkedin' || platform === 'snapchat') return 'friend';
  return rng.pick(['follower', 'following', 'following']);
}

export function profileUrl(platform, username, rng) {
  if (!username) return '';
  const base = {
    instagram: 'https://www.instagram.com/',
    x: 'https://x.com/',
    tiktok: 'https://www.tiktok.com/@',
    snapchat: 'https://www.snapchat.com/add/',
    facebook: 'https://www.facebook.com/',
  }[platform];
  return base && rng.chance(0.7) ? base + username : '';
}

/** One unrelated adult (or page), as a platform shows them. */
export function backgroundRow(ctx, rng) {
  const platform = pickPlatform(rng);
  if (rng.chance(0.05)) {
    const name = rng.chance(0.5)
      ? rng.pick(ctx.pools.companies)
      : `${rng.pick(ctx.pools.places)} ${rng.pick(['Running Club', 'Community Choir', 'Rotary', 'Food Bank', 'Gardening Group', 'FC'])}`;
    return {
      platform: platform === 'linkedin' ? 'linkedin' : 'facebook',
      display: name,
      username: '',
      url: '',
      adult: null,
    };
  }
  let a = ctx.namer.person('adult', rng);
  // The pools are far smaller than a real population, so exact namesakes of pupils would come up
  // about ten times as often as in life: most are drawn again (see eval/README.md).
  for (let i = 0; i < 5 && ctx.isPupilName(a) && !rng.chance(NAMESAKE_KEEP); i++) a = ctx.namer.person('adult', rng);
  if (rng.chance(0.002))
    Object.assign(
      a,
      rng.pick([
        { forename: 'Jessica', surname: 'Taylor' },
        { forename: 'Oliver', surname: 'Smith' },
        { forename: 'Muhammad', surname: 'Khan' },
      ]),
    );
  const f = a.forename;
  const s = a.surname;
  const born = rng.int(1950, 2002);
  let display = `${f} ${s}`;
  let username = '';
  let url = '';
  if (rng.chance(0.06)) display = `${f} ${a.middle ? `${a.middle[0]}. ` : ''}${s}`;
  if (rng.chance(0.04)) display = `${rng.pick(EMOJI)} ${display}`;
  if (platform === 'linkedin') url = linkedinUrl(f, s, rng);
  else if (platform !== 'facebook' || rng.chance(0.3)) {
    const hf = handlePart(f);
    const hs = handlePart(s);
    username = rng.pick([
      `${hf}.${hs}`,
      `${hf}${hs}`,
      `${hf}_${hs}${String(born).slice(2)}`,
      `${rng.pick(ctx.pools.handleWords)}${rng.int(1, 99)}`,
      `${hf}${hs[0] ?? ''}${rng.int(1, 999)}`,
      `${hs}${hf}`,
      `${hf}.${hs}.${rng.int(1, 9)}`,
      `${rng.pick(ctx.pools.handleWords)}_${hf}`,
    ]);
    if (platform !== 'facebook' && rng.chance(0.2)) display = rng.chance(0.5) ? f : '';
    url = profileUrl(platform, username, rng);
  }
  return { platform, display, username, url, adult: a };
}

/** A date the connection was made: empty for some, otherwise when the pupil was old enough to have an account. */
export function pupilConnectionDate(p, ctx, rng) {
  if (rng.chance(0.25)) return null;
  const from = new Date(Math.max(addYears(p.dob, 10).getTime(), addYears(ctx.auditDate, -4).getTime()));
  const to =
    p.leavingDate && p.leavingDate < ctx.auditDate
      ? new Date(Math.max(p.leavingDate.getTime(), from.getTime()))
      : ctx.auditDate;
  return dayBetween(rng, from, to);
}

/**
 * Kinds are dealt from a shuffled deck (each kind `weight` times), so that even a school's few
 * hundred planted rows hold every kind a few times.
 */
function pickKind(kinds, rng, decks) {
  const id = kinds.map((k) => k.kind).join('|');
  let deck = decks.get(id);
  if (!deck || deck.length === 0) {
    deck = rng.shuffle(kinds.flatMap((k) => Array(Math.max(1, Math.round(k.weight))).fill(k)));
    decks.set(id, deck);
  }
  return deck.pop();
}

/** Plants a pupil's account: picks a disguise first, then a pupil it fits (so that rare kinds occur). */
export function pupilRow(candidates, ctx, rng, kindFilter = () => true) {
  const kinds = PUPIL_KINDS.filter(kindFilter);
  for (let attempt = 0; attempt < 40; attempt++) {
    const k = pickKind(kinds, rng, ctx.decks);
    for (let t = 0; t < 30; t++) {
      const p = rng.pick(candidates);
      if (k.when && !k.when(p, ctx)) continue;
      const shown = k.make(p, rng, ctx);
      const date = pupilConnectionDate(p, ctx, rng);
      return {
        ...shown,
        url: profileUrl(shown.platform, shown.username, rng),
        date,
        pupil: p,
        kind: k.kind,
        cls: k.cls,
      };
    }
  }
  return null;
}

/** Plants an adult near a pupil: a namesake, a near-namesake, a relative, a number in a handle… */
export function adultTrapRow(candidates, ctx, rng) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const k = pickKind(ADULT_KINDS, rng, ctx.decks);
    for (let t = 0; t < 30; t++) {
      const p = rng.pick(candidates);
      if (k.when && !k.when(p, ctx)) continue;
      const shown = k.make(p, rng, ctx);
      const username = shown.username ?? '';
      const url = shown.url ?? profileUrl(shown.platform, username, rng);
      const date =
        shown.date ?? (rng.chance(0.2) ? null : dayBetween(rng, new Date(Date.UTC(2009, 0, 1)), ctx.auditDate));
      return {
        platform: shown.platform,
        display: shown.display,
        username,
        url,
        date,
        pupil: p,
        kind: k.kind,
        cls: 'adult',
      };
    }
  }
  return null;
}
