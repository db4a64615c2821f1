/**
 * Adults whose own name is one letter from a pupil's (Jaiden Hughes beside the pupil Jayden Hughes,
 * Megan Philips beside Megan Phillips, Mac/Mc): another real spelling, not a slip (issue 14). Until
 * generator 28 the bench's only such adults were a trap with a bare display name (`namesake_other_spelling`),
 * so its u for a one-letter difference was the generator's choice. A share of the background adults,
 * `ADULT_NEAR_SPELLING_SHARE`, is written so, as the other background adults are written (handles,
 * dates, platforms), after every other row; none is a pupil.
 */

/**
 * The share of the background adults who bear a pupil's name with one name spelt one letter apart.
 * Reasoned, not measured: adults bearing a pupil's exact whole name are about 3 in 100 of the lists
 * where names recur as they do in life (`--namesakes 0.03`, as the held-out lists hold); about one name
 * in three has a usual spelling one letter away, carried by about a quarter as many people (Meghan for
 * Megan, Philips for Phillips), forename or surname: 0.03 × 1/3 × 1/4 ≈ 0.25 in 100.
 */
export const ADULT_NEAR_SPELLING_SHARE = 0.0025;

/**
 * Real spellings one letter (insertion, deletion, change, swap) from names in the bench's pools, both
 * ways where both are in use; invented pairings of real names, checked one edit apart by the generator.
 */
const FORENAME_SPELLINGS = {
  Jayden: ['Jaiden', 'Jaydon'],
  Megan: ['Meghan'],
  Abigail: ['Abbigail'],
  Tyler: ['Tylor'],
  Caitlin: ['Kaitlin'],
  Erin: ['Eryn'],
  Robyn: ['Robin'],
  Lily: ['Lilly'],
  Ellie: ['Elie'],
  Isabella: ['Isabela'],
  Matilda: ['Mathilda'],
  Finley: ['Finlay'],
  Callum: ['Calum'],
  Connor: ['Conor'],
  Isaac: ['Isaak'],
  Elliot: ['Eliot', 'Elliott'],
  Mason: ['Mayson'],
  Aaron: ['Aron'],
  Ryan: ['Rian'],
  Lexi: ['Lexie'],
  Darcie: ['Darci'],
  Maisie: ['Maizie'],
  Layla: ['Laila'],
  Aisha: ['Aysha'],
  Zainab: ['Zaynab'],
  Hannah: ['Hanna'],
  Sienna: ['Siena'],
  Freya: ['Freyja'],
  Jasmine: ['Jasmin'],
  Harriet: ['Harriett'],
  Eleanor: ['Eleanore'],
  Oscar: ['Oskar'],
  Luca: ['Luka'],
  Lucas: ['Lukas'],
  Zachary: ['Zackary'],
  Yusuf: ['Yousuf'],
  Zayn: ['Zain'],
  Hamza: ['Hamzah'],
  Jaxon: ['Jaxson'],
  Jenson: ['Jensen'],
  Carter: ['Karter'],
  Esme: ['Esmee'],
  Chloe: ['Khloe'],
  Imogen: ['Imogene'],
  Paige: ['Page'],
  Lauren: ['Lauryn'],
};
const SURNAME_SPELLINGS = {
  Phillips: ['Philips'],
  Thompson: ['Thomson'],
  Clarke: ['Clark'],
  Clark: ['Clarke'],
  Davies: ['Davis'],
  Davis: ['Davies'],
  Matthews: ['Mathews'],
  Allen: ['Allan'],
  Brown: ['Browne'],
  Gray: ['Grey'],
  Reid: ['Reed', 'Read'],
  Lloyd: ['Loyd'],
  Mitchell: ['Mitchel'],
  Marshall: ['Marshal'],
  Harris: ['Harriss'],
  Elliott: ['Elliot'],
  Wood: ['Woods'],
  Cook: ['Cooke'],
  Simpson: ['Simson'],
  Perry: ['Parry'],
  Rees: ['Reese'],
  Hayes: ['Hays'],
  Cole: ['Coles'],
  Khan: ['Kahn'],
  Smith: ['Smyth'],
  Wilson: ['Willson'],
  Taylor: ['Tayler'],
  Scott: ['Scot'],
  Young: ['Younge'],
  Cox: ['Coxe'],
  Owen: ['Owens'],
  Spencer: ['Spenser'],
  Barnes: ['Barns'],
  Russell: ['Russel'],
  Collins: ['Colins'],
  Saunders: ['Sanders'],
  Pearce: ['Pearse'],
  Brooks: ['Brookes'],
  Hussain: ['Hussein'],
  McDonald: ['MacDonald'],
  McDowell: ['MacDowell'],
  Kowalski: ['Kowalsky'],
  Fox: ['Foxe'],
};

/** Pupils whose forename or surname has a spelling above, with it: `[pupil, fore, sur]` as the adult writes it. */
export function nearSpellings(pupils) {
  const out = [];
  for (const p of pupils) {
    for (const fore of FORENAME_SPELLINGS[p.fore] ?? []) out.push([p, fore, p.sur]);
    for (const sur of SURNAME_SPELLINGS[p.sur] ?? []) out.push([p, p.fore, sur]);
  }
  return out;
}

/**
 * One such adult's row: `[p, fore, sur]` from `nearSpellings`, `rnd` the seeded source, `plain` the
 * name-to-handle spelling, `handle` one that is no name, `date` a connection date of the background's.
 * Written as the background adults are: display name alone, with an adult's handle, or surname first.
 */
export function nearSpellingAdult([p, fore, sur], rnd, plain, handle, date) {
  const born = 1955 + rnd.int(48);
  const f = plain(fore);
  const s = plain(sur);
  const row = rnd.pick([
    () => ({ displayName: `${fore} ${sur}` }),
    () => ({ displayName: `${fore} ${sur}`, username: `${f}.${s}${String(born).slice(2)}` }),
    () => ({ displayName: `${fore} ${sur}`, username: `${f}${s}${rnd.int(1000)}` }),
    () => ({ displayName: `${fore} ${sur}`, username: handle() }),
    () => ({ displayName: `${fore} ${sur}`, username: `${f}${s}` }),
    () => ({ displayName: `${sur}, ${fore}` }),
  ])();
  if (rnd.chance(0.9)) row.connectedOn = date();
  return { row, label: { kind: 'adult_near_spelling', trap: true, expect: 'none', pupil: p.id } };
}
