// Adults who must not be flagged, each planted beside a real pupil whose name they come close to.
// They are adults by construction: the generator knows it; the tool sees only what a list shows.
import { addYears, capitalise, dayBetween, fold, handlePart } from './text.mjs';
import { EMOJI } from './unicodeStyles.mjs';

const hex = (rng, n) => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
const surnameCore = (s) => s.replace(/^(Ó|Ní|Mac|Nic|van der|van den|van|de|da|dos) /, '');

export function linkedinUrl(forename, surname, rng, suffixStart) {
  const slug = `${handlePart(forename)}-${fold(surname)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')}`;
  const suffix =
    suffixStart !== undefined ? `${suffixStart}${hex(rng, 7)}` : rng.chance(0.3) ? '' : `${hex(rng, rng.pick([8, 9]))}`;
  return `https://www.linkedin.com/in/${slug}${suffix ? `-${suffix}` : ''}`;
}

/** Another forename of the right sex for an adult: a parent, relative or unrelated adult. */
function otherAdultForename(p, rng, ctx, sex = rng.chance(0.5) ? 'F' : 'M') {
  for (let i = 0; i < 10; i++) {
    const f = ctx.adultForename(p.origin, sex, rng);
    if (handlePart(f) !== handlePart(p.forename) && handlePart(f) !== handlePart(p.preferred ?? '')) return f;
  }
  return sex === 'F' ? 'Margaret' : 'Derek';
}

/** Adult trap kinds: kind, which pupils they fit, how the row is shown. */
export const ADULT_KINDS = [
  {
    kind: 'namesake-worktitle',
    weight: 3,
    make: (p, rng, ctx) => ({
      display: `${p.forename} ${p.surname} | ${rng.pick(ctx.pools.titles)}`,
      platform: 'linkedin',
      url: linkedinUrl(p.forename, p.surname, rng),
    }),
  },
  {
    kind: 'namesake-linkedin',
    weight: 3,
    make: (p, rng) => ({
      display: `${p.forename} ${p.surname}`,
      platform: 'linkedin',
      url: linkedinUrl(p.forename, p.surname, rng),
    }),
  },
  {
    kind: 'namesake-honorific',
    weight: 2,
    make: (p, rng) => ({
      display: rng.pick([
        `Dr ${p.forename} ${p.surname}`,
        `${p.forename} ${p.surname} MBE`,
        `Cllr ${p.forename} ${p.surname}`,
        `Rev. ${p.forename} ${p.surname}`,
      ]),
      platform: rng.pick(['facebook', 'x', 'linkedin']),
    }),
  },
  {
    kind: 'namesake-adult-birthyear',
    weight: 3,
    make: (p, rng) => {
      const y = rng.int(1962, 1996);
      return {
        display: `${p.forename} ${p.surname}`,
        username: `${handlePart(p.forename)}${rng.pick(['.', '_', ''])}${handlePart(p.surname)}${rng.chance(0.5) ? y : String(y).slice(2)}`,
        platform: rng.pick(['instagram', 'x', 'tiktok']),
      };
    },
  },
  {
    kind: 'namesake-company-page',
    weight: 1,
    make: (p, rng, ctx) => ({
      display: `${p.forename} ${p.surname} at ${rng.pick(ctx.pools.companies)}`,
      platform: 'facebook',
    }),
  },
  {
    kind: 'namesake-before-birth',
    weight: 3,
    when: (p) => p.dob > new Date(Date.UTC(2008, 0, 1)),
    make: (p, rng) => ({
      display: `${p.forename} ${p.surname}`,
      platform: rng.pick(['facebook', 'facebook', 'linkedin', 'x']),
      date: dayBetween(rng, new Date(Date.UTC(2007, 0, 1)), new Date(p.dob.getTime() - 30 * 864e5)),
    }),
  },
  {
    kind: 'namesake-age-2-7',
    weight: 3,
    make: (p, rng) => ({
      display: `${p.forename} ${p.surname}`,
      platform: rng.pick(['facebook', 'facebook', 'instagram', 'x']),
      date: dayBetween(rng, addYears(p.dob, 2), addYears(p.dob, 7)),
    }),
    when: (p, ctx) => addYears(p.dob, 7) < ctx.auditDate,
  },
  {
    kind: 'namesake-linkedin-under-16',
    weight: 2,
    make: (p, rng, ctx) => {
      const to = addYears(p.dob, 16) < ctx.auditDate ? new Date(addYears(p.dob, 16).getTime() - 864e5) : ctx.auditDate;
      return {
        display: `${p.forename} ${p.surname}`,
        platform: 'linkedin',
        url: linkedinUrl(p.forename, p.surname, rng),
        date: dayBetween(rng, addYears(p.dob, 11), to),
      };
    },
    when: (p, ctx) => addYears(p.dob, 12) < ctx.auditDate,
  },
  {
    kind: 'namesake-common-plain',
    weight: 4,
    when: (p, ctx) => ctx.commonKeys.has(`${handlePart(p.forename)} ${handlePart(p.surname)}`),
    make: (p, rng) => ({
      display: `${p.forename} ${p.surname}`,
      platform: 'facebook',
      date: dayBetween(rng, new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2024, 0, 1))),
    }),
  },
  {
    kind: 'near-namesake-spelling',
    weight: 5,
    when: (p, ctx) => ctx.pools.spellings.has(p.forename) || ctx.pools.spellings.has(p.surname),
    make: (p, rng, ctx) => {
      const useFore = ctx.pools.spellings.has(p.forename) && (!ctx.pools.spellings.has(p.surname) || rng.chance(0.5));
      const f = useFore ? rng.pick(ctx.pools.spellings.get(p.forename)) : p.forename;
      const s = useFore ? p.surname : rng.pick(ctx.pools.spellings.get(p.surname));
      return {
        display: `${f} ${s}`,
        platform: rng.pick(['facebook', 'facebook', 'linkedin', 'instagram']),
        url: undefined,
      };
    },
  },
  {
    kind: 'parent-mum-dad',
    weight: 3,
    make: (p, rng, ctx) => {
      const sex = rng.chance(0.6) ? 'F' : 'M';
      return {
        display: `${otherAdultForename(p, rng, ctx, sex)} ${p.surname} ${sex === 'F' ? rng.pick(['(Mum)', '- proud mum', '💕 mum of 3']) : rng.pick(['(Dad)', '- proud dad', 'dad of two'])}`,
        platform: 'facebook',
      };
    },
  },
  {
    kind: 'parent-title',
    weight: 2,
    make: (p, rng) => ({
      display: rng.pick([`Mrs ${p.surname}`, `Mr ${p.surname}`, `Mrs. ${p.surname}`, `Ms ${p.surname}`]),
      platform: rng.pick(['facebook', 'x']),
    }),
  },
  {
    kind: 'grandparent',
    weight: 2,
    make: (p, rng, ctx) => ({
      display: rng.pick([
        `Grandad ${otherAdultForename(p, rng, ctx, 'M')} ${p.surname}`,
        `Nana ${otherAdultForename(p, rng, ctx, 'F')} ${p.surname}`,
        `Grandma ${p.surname}`,
        `Nanna ${surnameCore(p.surname)}`,
      ]),
      platform: 'facebook',
    }),
  },
  {
    kind: 'relative-nee',
    weight: 2,
    make: (p, rng, ctx) => {
      const other = ctx.adultSurname(p.origin, rng);
      return {
        display: rng.chance(0.5)
          ? `${otherAdultForename(p, rng, ctx, 'F')} ${p.surname} (née ${other})`
          : `${otherAdultForename(p, rng, ctx, 'F')} ${other} née ${p.surname}`,
        platform: 'facebook',
      };
    },
  },
  {
    kind: 'parent-names-child',
    weight: 2,
    make: (p, rng, ctx) => {
      const sex = rng.chance(0.6) ? 'F' : 'M';
      return {
        display: `${otherAdultForename(p, rng, ctx, sex)} ${p.surname} (${p.preferred || p.forename}'s ${sex === 'F' ? 'mum' : 'dad'})`,
        platform: 'facebook',
      };
    },
  },
  {
    kind: 'family-page',
    weight: 1,
    make: (p, rng) => ({
      display: rng.pick([`The ${surnameCore(p.surname)} Family`, `${surnameCore(p.surname)} Family Holidays`]),
      platform: 'facebook',
    }),
  },
  {
    kind: 'adult-shares-forename',
    weight: 4,
    make: (p, rng, ctx) => {
      let s = ctx.adultSurname(p.origin, rng);
      if (handlePart(s) === handlePart(p.surname)) s = ctx.adultSurname('english', rng);
      return {
        display: `${p.preferred || p.forename} ${s}`,
        platform: rng.pick(['facebook', 'instagram', 'linkedin']),
      };
    },
  },
  {
    kind: 'adult-shares-surname',
    weight: 4,
    make: (p, rng, ctx) => ({
      display: `${otherAdultForename(p, rng, ctx)} ${p.surname}`,
      platform: rng.pick(['facebook', 'instagram', 'linkedin']),
    }),
  },
  {
    kind: 'prefixed-surname-relative',
    weight: 3,
    when: (p) => /^(Ó|Ní|Mac|Nic|van|de|da|dos|Al-|El-|ap) ?/.test(p.surname) && / |^(Al|El)-/.test(p.surname),
    make: (p, rng, ctx) => ({
      display: `${otherAdultForename(p, rng, ctx)} ${p.surname}`,
      platform: rng.pick(['facebook', 'linkedin']),
    }),
  },
  {
    kind: 'linkedin-suffix',
    weight: 4,
    make: (p, rng, ctx) => {
      const f = otherAdultForename(p, rng, ctx);
      return {
        display: `${f} ${p.surname}`,
        platform: 'linkedin',
        url: linkedinUrl(f, p.surname, rng, handlePart(p.preferred || p.forename)[0]),
      };
    },
  },
  {
    kind: 'handle-number',
    weight: 3,
    make: (p, rng, ctx) => {
      const s = ctx.adultSurname(p.origin, rng);
      const n = String(rng.int(20, 99));
      const fore = p.preferred || p.forename;
      return {
        display: rng.chance(0.5) ? `${fore} ${s}` : `${rng.pick(EMOJI)} ${fore} ${s} ${rng.pick(EMOJI)}`,
        username: rng.chance(0.5)
          ? `${handlePart(fore)}_${n}${handlePart(s).slice(0, 3)}`
          : `${rng.pick(ctx.pools.handleWords)}${n}`,
        platform: rng.pick(['instagram', 'x', 'tiktok']),
      };
    },
  },
];

export { capitalise };
