// The adults around the school, as accounts that staff lists draw from: parents and relatives of
// pupils, colleagues, adults with near names, adults at large (whose whole-name collisions with
// pupils arise at the rate the pools imply and are labelled A_NAMESAKE afterwards), LinkedIn
// profiles and pages. None of them may be flagged.

import { ADULT_PLATFORMS, account, adultHandle } from './adultAccount.mjs';
import { SHORT_FORMS, TRANSLITERATIONS, withoutAccents } from './nameForms.mjs';
import { GROUPS } from './namePools.mjs';
import { drawFirst, drawGroup, drawSurname, surnameFor } from './people.mjs';
import { handlePart } from './pupilAccounts.mjs';

const EMOJI = ['🌻', '💙', '🏴', '⚽', '🌍', '☕', '🐾'];
const TOWNS = ['Oakfield', 'Millbridge', 'Ashby Vale', 'Kestlow', 'Hadley Green'];

export const ADULT_KINDS = [
  'A_PARENT',
  'A_PARENT_TITLE',
  'A_RELATIVE',
  'A_NAMESAKE',
  'A_NEAR',
  'A_YEAR_HANDLE',
  'A_LINKEDIN',
  'A_PAGE',
  'A_COLLEAGUE',
  'A_OTHER',
];

function parentAccounts(r, family, mother) {
  const out = [];
  const sex = mother ? 'F' : 'M';
  const first = drawFirst(r, family.group, 'adult', sex);
  const surname = mother && r.chance(0.2) ? drawSurname(r, family.group) : family.surname;
  const name = `${first} ${surnameFor(family.group, surname, sex)}`;
  const child = r.pick(family.children);
  const kid = child.first;
  const titled = r.chance(0.25);
  const display = titled
    ? r.pick([
        `${mother ? 'Mrs' : 'Mr'} ${surname}`,
        `${mother ? 'Mrs' : 'Mr'} ${first[0]} ${surname}`,
        `${kid}'s ${mother ? 'Mum' : 'Dad'}`,
        `${name} (${kid}'s ${mother ? 'mum' : 'dad'})`,
        `${mother ? 'Mum' : 'Dad'} of ${family.children.map((c) => c.first).join(' & ')}`,
      ])
    : name;
  const year = r.chance(0.2) ? r.int(1968, 1992) : null;
  const platform = r.weighted([
    ['facebook', 65],
    ['instagram', 20],
    ['x', 5],
    ['tiktok', 5],
    ['snapchat', 5],
  ]);
  out.push(
    account(r, {
      kind: titled ? 'A_PARENT_TITLE' : 'A_PARENT',
      platform,
      display,
      username:
        titled && r.chance(0.4)
          ? `${handlePart(kid)}s.${mother ? 'mum' : 'dad'}`
          : adultHandle(r, first, surname, platform, year),
      pupilId: child.id,
      popularity: 1.2 * Math.exp(r.next() * 2 - 1),
    }),
  );
  return out;
}

function relativeAccount(r, family) {
  const child = r.pick(family.children);
  const who = r.weighted([
    ['aunt', 3],
    ['uncle', 3],
    ['nan', 2],
    ['grandad', 1],
    ['sibling', 2],
  ]);
  const sex = who === 'aunt' || who === 'nan' ? 'F' : who === 'sibling' ? r.pick(['F', 'M']) : 'M';
  const generation = who === 'sibling' ? 'child' : 'adult';
  const first = drawFirst(r, family.group, generation, sex);
  const surname = surnameFor(family.group, family.surname, sex);
  const display =
    who === 'nan' && r.chance(0.5)
      ? `Nana ${first} ${surname}`
      : who === 'grandad' && r.chance(0.5)
        ? `Grandad ${surname}`
        : `${first} ${surname}`;
  const platform = r.weighted(ADULT_PLATFORMS);
  return account(r, {
    kind: 'A_RELATIVE',
    platform,
    display,
    username: adultHandle(r, first, surname, platform, null),
    pupilId: child.id,
  });
}

const editDistance = (a, b) => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
};

const ALL_FIRSTS = [
  ...new Set(Object.values(GROUPS).flatMap((g) => [...g.adultF, ...g.adultM, ...g.childF, ...g.childM])),
];
const ALL_SURNAMES = [...new Set(Object.values(GROUPS).flatMap((g) => g.surnames ?? []))];

/** An adult whose name is one or two letters from a pupil's (Amelie for Amelia, Clarke for Clark). */
function nearAccount(r, pupil, britishHead) {
  const forms = new Set([
    pupil.first,
    pupil.legalFirst,
    ...(SHORT_FORMS[pupil.legalFirst]?.clear ?? []),
    ...(SHORT_FORMS[pupil.legalFirst]?.weak ?? []),
    ...(TRANSLITERATIONS[pupil.legalFirst] ?? []),
  ]);
  const plain = (x) => withoutAccents(x).toLowerCase();
  // The cheap tests first (same initial, lengths close enough): the edit distance only where it can hold.
  const nearFirsts = ALL_FIRSTS.filter(
    (n) =>
      n[0] === pupil.first[0] &&
      !forms.has(n) &&
      plain(n) !== plain(pupil.first) &&
      Math.abs(plain(n).length - plain(pupil.first).length) <= 2 &&
      editDistance(plain(n), plain(pupil.first)) <= 2,
  );
  const surnames = [...ALL_SURNAMES, ...britishHead];
  const nearSurnames = surnames.filter(
    (n) =>
      !(TRANSLITERATIONS[pupil.surname] ?? []).includes(n) &&
      plain(n) !== plain(pupil.surname) &&
      Math.abs(plain(n).length - plain(pupil.surname).length) <= 1 &&
      editDistance(plain(n), plain(pupil.surname)) === 1,
  );
  const options = [
    ...nearFirsts.map((n) => `${n} ${pupil.surname}`),
    ...nearSurnames.map((n) => `${pupil.first} ${n}`),
  ];
  if (options.length === 0) return null;
  const display = r.pick(options);
  const [first, ...rest] = display.split(' ');
  const platform = r.weighted([...ADULT_PLATFORMS, ['linkedin', 10]]);
  return account(r, {
    kind: 'A_NEAR',
    platform,
    display,
    username: adultHandle(r, first, rest.join(' '), platform, null),
    pupilId: pupil.id,
  });
}

function pageAccount(r) {
  const group = drawGroup(r, 'adult');
  const surname = drawSurname(r, group);
  const first = drawFirst(r, group, r.chance(0.3) ? 'child' : 'adult', 'F');
  const town = r.pick(TOWNS);
  const display = r.pick([
    `${surname} & Sons Plumbing`,
    `${first}'s Cakes`,
    `Hair by ${first}`,
    `${town} Juniors FC`,
    `${town} Community Choir`,
    `${surname} Family Butchers`,
    `${first} ${surname} Photography`,
    `${town} Food Bank`,
    `${surname}'s Taxis`,
    `Friends of ${town} Park`,
    `${first} Rose Bridal`,
    `${town} Lions`,
    `${surname} Electrical Ltd`,
  ]);
  const platform = r.weighted([
    ['facebook', 6],
    ['instagram', 3],
    ['linkedin', 1],
  ]);
  return account(r, {
    kind: 'A_PAGE',
    platform,
    display,
    username: r.chance(0.5) ? handlePart(display) : '',
    popularity: 0.7,
  });
}

function generalAccount(r) {
  const group = drawGroup(r, 'adult');
  const sex = r.chance(0.5) ? 'F' : 'M';
  const first = drawFirst(r, group, 'adult', sex);
  const surname = surnameFor(group, drawSurname(r, group), sex);
  const linkedin = r.chance(0.14);
  const platform = linkedin ? 'linkedin' : r.weighted(ADULT_PLATFORMS);
  const yearHandle = !linkedin && platform !== 'facebook' ? r.chance(0.3) : !linkedin && r.chance(0.1);
  const year = yearHandle ? (r.chance(0.75) ? r.int(1960, 2000) : r.int(2008, 2016)) : null;
  let display = `${first} ${surname}`;
  if (linkedin && r.chance(0.15))
    display = r.pick([`Dr ${display}`, `${display} MBA`, `${display}, ACA`, `${display} FCIPD`]);
  else if (!linkedin && r.chance(0.06)) display = `${display} ${r.pick(EMOJI)}`;
  else if (!linkedin && r.chance(0.05)) display = display.toLowerCase();
  return account(r, {
    kind: linkedin ? 'A_LINKEDIN' : yearHandle ? 'A_YEAR_HANDLE' : 'A_OTHER',
    platform,
    display,
    username: linkedin ? '' : adultHandle(r, first, surname, platform, year),
    nameForCollision: `${first} ${surname}`,
  });
}

/** The community's adult accounts; `adults` is how many adults at large. */
export function makeCommunity(r, families, pupils, staff, adults, britishHead) {
  const accounts = [];
  for (const family of families) {
    if (family.children.length === 0) continue;
    if (r.chance(0.6)) accounts.push(...parentAccounts(r, family, true));
    if (r.chance(0.4)) accounts.push(...parentAccounts(r, family, false));
    if (r.chance(0.2)) accounts.push(relativeAccount(r, family));
  }
  for (const p of r.shuffle(pupils.filter((x) => x.status === 'current')).slice(0, Math.round(pupils.length * 0.1))) {
    const near = nearAccount(r, p, britishHead);
    if (near) accounts.push(near);
  }
  for (const s of staff) {
    const platform = r.weighted([
      ['facebook', 6],
      ['instagram', 3],
      ['linkedin', 2],
    ]);
    accounts.push(
      account(r, {
        kind: 'A_COLLEAGUE',
        platform,
        display: `${s.first} ${s.surname}`,
        username: adultHandle(r, s.first, s.surname, platform, null),
        popularity: 4,
        nameForCollision: `${s.first} ${s.surname}`,
      }),
    );
  }
  for (let i = 0; i < adults; i++) accounts.push(generalAccount(r));
  for (let i = 0; i < adults / 25; i++) accounts.push(pageAccount(r));
  // Whole-name collisions, as they fall: an adult at large, colleague or LinkedIn member bearing a
  // pupil's whole name (as the roll gives it, accents and case aside).
  const key = (name) => withoutAccents(name).toLowerCase();
  const byName = new Map();
  for (const p of pupils) {
    for (const first of new Set([p.first, p.legalFirst])) byName.set(key(`${first} ${p.surname}`), p);
  }
  for (const a of accounts) {
    const p = a.nameForCollision && byName.get(key(a.nameForCollision));
    if (p) Object.assign(a, { kind: 'A_NAMESAKE', pupilId: p.id, wasKind: a.kind });
  }
  accounts.forEach((a, i) => {
    a.id = `A${i + 1}`;
  });
  return accounts;
}
