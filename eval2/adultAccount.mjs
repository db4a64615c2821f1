// One adult's account as a staff list shows it: the platform, a handle of the kind adults pick,
// and the profile link the platform gives.
import { handlePart, noiseHandle } from './pupilAccounts.mjs';
export const ADULT_PLATFORMS = [
  ['facebook', 52],
  ['instagram', 22],
  ['x', 7],
  ['tiktok', 4],
  ['snapchat', 2],
];

function urlOf(platform, username, r, display) {
  if (platform === 'linkedin') {
    const slug = `${handlePart(display.split(' ')[0] ?? 'member')}-${handlePart(display.split(' ').at(-1) ?? '')}`;
    return `https://www.linkedin.com/in/${slug}-${r.int(0x10000, 0xfffff).toString(16)}`;
  }
  if (!username) return '';
  if (platform === 'facebook') return `https://www.facebook.com/${username}`;
  if (platform === 'instagram') return `https://www.instagram.com/${username}/`;
  if (platform === 'x') return `https://x.com/${username}`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${username}`;
  return '';
}

/** An adult's usual handle; `year` puts a birth (or wedding, child's) year in it. */
export function adultHandle(r, first, surname, platform, year) {
  const f = handlePart(first);
  const s = handlePart(surname);
  if (year) {
    const y = String(year);
    return r.pick([`${f}.${s}${y}`, `${f}${s}${y.slice(2)}`, `${f}_${y.slice(2)}`, `${f[0]}${s}${y}`]);
  }
  if (platform === 'facebook' && r.chance(0.5)) return '';
  return r.weighted([
    [`${f}.${s}`, 3],
    [`${f}${s}`, 2],
    [`${f[0]}${s}`, 2],
    [`${f}.${s}.${r.int(1, 9)}`, 1],
    [noiseHandle(r), 3],
  ]);
}

export function account(r, fields) {
  const platform = fields.platform ?? r.weighted(ADULT_PLATFORMS);
  return {
    id: '',
    class: '',
    pupilId: '',
    status: 'adult',
    popularity: Math.exp(r.next() * 2 - 1),
    sinceYear: 2009,
    ...fields,
    platform,
    // LinkedIn lists give a profile link, not a handle.
    username: platform === 'linkedin' ? '' : (fields.username ?? ''),
    profileUrl: urlOf(platform, fields.username ?? '', r, fields.display ?? ''),
  };
}
