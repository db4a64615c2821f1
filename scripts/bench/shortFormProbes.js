/**
 * Probes (weak41): invented pupils added to a copy of a bench school, one account each, written in a usual short
 * form of their forename beside their whole surname (Millie for Amelia, Billy for William, Kuba for Jakub), under
 * one condition a batch (a rare or a common surname, a number or none, the platform, dated or not, a sibling on
 * the roll or not). Prints each probe's probability and the contributions that decided it, then how many of each
 * batch fall below the review floor. The forms are written from general knowledge, not from any evaluation's rows.
 *
 *   node scripts/bench/shortFormProbes.js [bench-data/secondary] [--batch NAME] [--terms] [--below] [--dist DIR]
 *
 * weak42 added batches of short forms respelt (`respelt_*`: Milli, Libbie, Tilli), of a forename alone with a number
 * of the pupil's (`number_*`: the birth year, year group, the age now, when connected or a year before), and of
 * the pupil's family on the lists beside them (`family_*`).
 * weak43 added batches of pupils going by their middle name (`middle_*`: the roll's legal forename Thomas, its
 * middle name James, the account James Smith).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE } from './generate.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const args = process.argv.slice(2);
// Another build's engine (`--dist /other/checkout/dist`), to probe two builds on the same rows.
const dist = args.includes('--dist') ? path.resolve(args[args.indexOf('--dist') + 1]) : path.join(root, 'dist');
const source =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--batch' && args[i - 1] !== '--dist') ??
  path.join(root, 'bench-data/secondary');
const only = args.includes('--batch') ? args[args.indexOf('--batch') + 1] : undefined;
const withTerms = args.includes('--terms');
const belowOnly = args.includes('--below');

/** Usual short forms that are names of their own (or nearly), each beside the whole name it stands for. */
export const PROBE_FORMS = [
  ['Millie', 'Amelia'],
  ['Billy', 'William'],
  ['Alfie', 'Alfred'],
  ['Archie', 'Archibald'],
  ['Ellie', 'Eleanor'],
  ['Evie', 'Evelyn'],
  ['Harry', 'Henry'],
  ['Jack', 'John'],
  ['Ted', 'Edward'],
  ['Kate', 'Katherine'],
  ['Libby', 'Elizabeth'],
  ['Maisie', 'Margaret'],
  ['Molly', 'Mary'],
  ['Polly', 'Mary'],
  ['Sadie', 'Sarah'],
  ['Bella', 'Isabella'],
  ['Freddie', 'Frederick'],
  ['Lottie', 'Charlotte'],
  ['Tilly', 'Matilda'],
  ['Rosie', 'Rosemary'],
  ['Hattie', 'Harriet'],
  ['Teddy', 'Theodore'],
  ['Bobby', 'Robert'],
  ['Danny', 'Daniel'],
  ['Jenny', 'Jennifer'],
  ['Becky', 'Rebecca'],
  ['Kitty', 'Katherine'],
  ['Nell', 'Helen'],
  ['Peggy', 'Margaret'],
  ['Sally', 'Sarah'],
  ['Johnny', 'Jonathan'],
  ['Charlie', 'Charles'],
  ['Sam', 'Samuel'],
  ['Tom', 'Thomas'],
  ['Ben', 'Benjamin'],
  ['Jake', 'Jacob'],
  ['Josh', 'Joshua'],
  ['Abbie', 'Abigail'],
  ['Izzy', 'Isabel'],
  ['Gracie', 'Grace'],
  ['Annie', 'Anna'],
  ['Katie', 'Katherine'],
  ['Jess', 'Jessica'],
  ['Georgie', 'Georgina'],
  ['Frankie', 'Francesca'],
  ['Vicky', 'Victoria'],
  ['Lexi', 'Alexa'],
  ['Maddie', 'Madeleine'],
  ['Jamie', 'James'],
  ['Robbie', 'Robert'],
  ['Louie', 'Louis'],
  ['Ollie', 'Oliver'],
  ['Reggie', 'Reginald'],
  ['Ronnie', 'Ronald'],
  ['Stan', 'Stanley'],
  ['Toby', 'Tobias'],
  ['Kit', 'Christopher'],
  ['Sasha', 'Aleksandr'],
  ['Misha', 'Mikhail'],
  ['Kasia', 'Katarzyna'],
  ['Gosia', 'Malgorzata'],
  ['Ola', 'Aleksandra'],
  ['Kuba', 'Jakub'],
  ['Bartek', 'Bartlomiej'],
  ['Tomek', 'Tomasz'],
  ['Pepe', 'Jose'],
  ['Paco', 'Francisco'],
  ['Nacho', 'Ignacio'],
  ['Rafa', 'Rafael'],
  ['Santi', 'Santiago'],
  ['Beppe', 'Giuseppe'],
  ['Tunde', 'Babatunde'],
  ['Femi', 'Oluwafemi'],
  ['Mo', 'Mohammed'],
  ['Manny', 'Emmanuel'],
  ['Lena', 'Helena'],
  ['Dani', 'Daniela'],
  ['Lola', 'Dolores'],
  ['Gabi', 'Gabriela'],
  ['Zuzia', 'Zuzanna'],
  ['Basia', 'Barbara'],
  ['Ania', 'Anna'],
  ['Milly', 'Millicent'],
  ['Nancy', 'Ann'],
  ['Daisy', 'Margaret'],
  ['Betty', 'Elizabeth'],
  ['Dolly', 'Dorothy'],
  ['Jim', 'James'],
  ['Alec', 'Alexander'],
  ['Hal', 'Henry'],
  ['Ellie', 'Elizabeth'],
  ['Lily', 'Elizabeth'],
  ['Poppy', 'Penelope'],
  ['Harry', 'Harriet'],
  ['Georgie', 'Georgiana'],
  ['Rosie', 'Rosalie'],
  ['Tilly', 'Ottilie'],
  ['Mollie', 'Mary'],
  ['Minnie', 'Mary'],
  ['Elsie', 'Eliza'],
];

/**
 * Usual short forms spelt with another of English's diminutive endings (-ie, -y, -i, -ey are one suffix, spelt as
 * the writer likes: Wikipedia's "Hypocorism", "Diminutive"): Tillie for Tilly, Libbie for Libby, Alfy for Alfie.
 * Written from general knowledge (weak42), each beside the whole name it stands for.
 */
export const RESPELT_FORMS = [
  ['Milli', 'Amelia'],
  ['Tilli', 'Matilda'],
  ['Libbie', 'Elizabeth'],
  ['Libbi', 'Elizabeth'],
  ['Lizzi', 'Elizabeth'],
  ['Abbi', 'Abigail'],
  ['Abbey', 'Abigail'],
  ['Charli', 'Charlotte'],
  ['Kati', 'Katherine'],
  ['Kittie', 'Katherine'],
  ['Beckie', 'Rebecca'],
  ['Becki', 'Rebecca'],
  ['Gabbie', 'Gabriella'],
  ['Sammi', 'Samantha'],
  ['Dannie', 'Daniel'],
  ['Teddie', 'Edward'],
  ['Tommie', 'Thomas'],
  ['Archy', 'Archibald'],
  ['Josey', 'Josephine'],
  ['Gracey', 'Grace'],
  ['Maisy', 'Margaret'],
  ['Poppie', 'Penelope'],
  ['Livi', 'Olivia'],
  ['Lexy', 'Alexandra'],
  ['Minny', 'Mary'],
  ['Benjie', 'Benjamin'],
  ['Georgy', 'Georgia'],
  ['Franky', 'Francesca'],
  ['Freddi', 'Frederick'],
  ['Alfi', 'Alfred'],
  ['Louey', 'Louis'],
  ['Evvie', 'Evelyn'],
  ['Daisie', 'Margaret'],
  ['Billie', 'William'],
  ['Bobbie', 'Robert'],
  ['Jackie', 'John'],
  ['Charley', 'Charlotte'],
  ['Elly', 'Eleanor'],
  ['Issie', 'Isabella'],
  ['Izzi', 'Isabel'],
  ['Maddi', 'Madison'],
  ['Hattie', 'Harriet'],
  ['Hatti', 'Harriet'],
  ['Lottie', 'Charlotte'],
  ['Lotti', 'Charlotte'],
  ['Rosey', 'Rosemary'],
  ['Ellie', 'Eleanor'],
  ['Elli', 'Eleanor'],
  ['Millie', 'Camilla'],
  ['Mollie', 'Margaret'],
  ['Jessi', 'Jessica'],
  ['Frankie', 'Francis'],
  ['Reggy', 'Reginald'],
  ['Ronny', 'Ronald'],
  ['Robby', 'Robert'],
  ['Robbi', 'Robert'],
  ['Jonny', 'Jonathan'],
  ['Danni', 'Danielle'],
  ['Sophy', 'Sophia'],
  ['Katey', 'Katherine'],
];

/**
 * Invented pupils going by their middle name, as [the middle name the account shows, the roll's legal forename]
 * (written from general knowledge, weak43: a child called by a second name, a family name or a name of their
 * heritage beside an English one).
 */
export const MIDDLE_FORMS = [
  ['James', 'Thomas'],
  ['Rose', 'Emily'],
  ['Grace', 'Sophie'],
  ['Alexander', 'William'],
  ['Mae', 'Lily'],
  ['Louise', 'Hannah'],
  ['Edward', 'George'],
  ['Jack', 'Oliver'],
  ['Elizabeth', 'Charlotte'],
  ['Marie', 'Anna'],
  ['Oscar', 'Henry'],
  ['Frances', 'Isla'],
  ['Hugo', 'Leo'],
  ['Ivy', 'Ruby'],
  ['Kai', 'Ethan'],
  ['Zara', 'Amira'],
  ['Ali', 'Mohammed'],
  ['Nia', 'Ella'],
  ['Finn', 'Harvey'],
  ['Seren', 'Megan'],
  ['Tomasz', 'Jan'],
  ['Sofia', 'Maria'],
  ['Rhys', 'Dylan'],
  ['Arthur', 'Joseph'],
  ['Matilda', 'Poppy'],
  ['Max', 'Samuel'],
  ['Noah', 'Luke'],
  ['Jade', 'Chloe'],
  ['Aurelia', 'Isabel'],
  ['Cassius', 'Felix'],
];

/** Adults' forenames of the parents' generation (general knowledge of names given 1960–2000), for `yearAdults`. */
const ADULT_FORENAMES =
  `Karen Mark Julie Paul Sharon Darren Tracey Lee Michelle Craig Joanne Stuart Nicola Gary Claire Wayne Lisa
Dean Emma Neil Kerry Jason Donna Andrew Samantha Carl Lindsey Steven Debbie Martin Angela Ian Helen Simon Gemma Kevin Louise
Richard Leanne Gareth Natalie Scott Kelly Jonathan Zoe Adrian Hayley Colin Vicky Derek`.split(/\s+/);

/** Names as a roll keeps them, accents and all (an export from a school's MIS). */
export const ACCENTED_FORMS = [
  ['Gosia', 'Małgorzata'],
  ['Bartek', 'Bartłomiej'],
  ['Kasia', 'Katarzyna'],
  ['Zosia', 'Zofia'],
  ['Staś', 'Stanisław'],
  ['Zé', 'José'],
  ['Tó', 'António'],
  ['Quim', 'Joaquim'],
  ['Kiko', 'Francisco'],
  ['Bia', 'Beatriz'],
  ['Fane', 'Ștefan'],
  ['Ionuț', 'Ion'],
  ['Mihăiță', 'Mihai'],
  ['Gabi', 'Gabriela'],
  ['Cristi', 'Cristian'],
  ['Seánie', 'Seán'],
  ['Zeyno', 'Zeynep'],
  ['Memo', 'Mehmet'],
  ['Ayşe', 'Ayşegül'],
  ['Kuba', 'Jakub'],
];

const RARE = `Standcliffe Marwood Thistleton Quarrendon Ellacott Brimblecombe Fennimore Yarwood Tregarthen Osbaldeston
Kettleborough Pendlebury Wolstenholme Inchbold Scarisbrick Haverstock Loxley Medlicott Nethercott Ormerod Prideaux
Ravenscroft Shufflebotham Tattersall Umfreville Vavasour Westmacott Attenborrow Blenkinsop Cholmondeley Dimmock Entwhistle
Fothergill Grimshaw Heseltine Illingworth Jellicoe Kershaw Lumsden Micklethwaite Nuttall Oddie Pilkington Quiney Rushworth
Satterthwaite Tunnicliffe Uttley Venables Whitworth Ackroyd Brocklehurst Catterall Dewhurst Eccleston Fearnley Gledhill
Holroyd Ibbotson Jowett Kitching Lockwood Mellor Normanton Oldroyd Pickles Rawnsley Sugden Thackray Wadsworth Ashurst
Binns Crowther Dyson Farrar Greenwood Haigh Ingham Jagger Kaye Lister Moorhouse Naylor Oates Priestley Ramsden`.split(
  /\s+/,
);
const COMMON =
  `Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker
White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark
Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly
Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Wilkinson Foster Chapman Mason Webb Rogers Gray Hunt Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher`.split(
    /\s+/,
  );

const TOP = ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Khan', 'Patel', 'Begum'];

/** One batch a condition: which surname, what the account writes, where and when. */
export const BATCHES = {
  rare_ig_dated: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true },
  common_ig_dated: { surnames: COMMON, platform: 'instagram', handle: 'none', dated: true },
  rare_fb_undated: { surnames: RARE, platform: 'facebook', handle: 'none', dated: false },
  common_fb_undated: { surnames: COMMON, platform: 'facebook', handle: 'none', dated: false },
  rare_snap_year: { surnames: RARE, platform: 'snapchat', handle: 'nameYear', dated: true },
  common_snap_year: { surnames: COMMON, platform: 'snapchat', handle: 'nameYear', dated: true },
  rare_tiktok_other: { surnames: RARE, platform: 'tiktok', handle: 'otherWords', dated: true },
  common_tiktok_other: { surnames: COMMON, platform: 'tiktok', handle: 'otherWords', dated: true },
  rare_ig_sibling: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, sibling: true },
  rare_x_undated: { surnames: RARE, platform: 'x', handle: 'none', dated: false },
  common_fb_dated: { surnames: COMMON, platform: 'facebook', handle: 'none', dated: true },
  top_fb_undated: { surnames: TOP, platform: 'facebook', handle: 'none', dated: false },
  top_ig_dated: { surnames: TOP, platform: 'instagram', handle: 'none', dated: true },
  common_fb_undated_number: { surnames: COMMON, platform: 'facebook', handle: 'nameNumber', dated: false },
  common_x_undated: { surnames: COMMON, platform: 'x', handle: 'none', dated: false },
  rare_handle_only: { surnames: RARE, platform: 'instagram', handle: 'runTogether', dated: true, hidden: true },
  common_handle_only: { surnames: COMMON, platform: 'snapchat', handle: 'runTogether', dated: true, hidden: true },
  rare_handle_only_year: { surnames: RARE, platform: 'tiktok', handle: 'nameYear', dated: true, hidden: true },
  rare_surname_first: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, written: 'surnameFirst' },
  accented_ig: {
    surnames: ['Wiśniewska', 'Wójcik', 'Gonçalves', 'Ștefănescu', 'Yılmaz', 'Ó Súilleabháin'],
    platform: 'instagram',
    handle: 'none',
    dated: true,
    accented: true,
  },
  accented_plain_ig: {
    surnames: ['Wiśniewska', 'Wójcik', 'Gonçalves', 'Ștefănescu', 'Yılmaz', 'Ó Súilleabháin'],
    platform: 'instagram',
    handle: 'none',
    dated: true,
    accented: true,
    written: 'plain',
  },
  rare_ig_three_accounts: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, accounts: 3 },
  common_fb_three_accounts: { surnames: COMMON, platform: 'facebook', handle: 'none', dated: false, accounts: 3 },
  number_yy_snap: { surnames: RARE, platform: 'snapchat', handle: 'none', dated: true, number: 'yy' },
  number_yyyy_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, number: 'yyyy' },
  number_year_tiktok: { surnames: RARE, platform: 'tiktok', handle: 'none', dated: true, number: 'year' },
  number_age_now_snap: { surnames: RARE, platform: 'snapchat', handle: 'none', dated: true, number: 'ageNow' },
  number_age_then_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, number: 'ageThen' },
  number_age_before_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, number: 'ageBefore' },
  number_yy_undated_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: false, number: 'yy' },
  number_age_undated_tiktok: { surnames: RARE, platform: 'tiktok', handle: 'none', dated: false, number: 'ageNow' },
  family_rare_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, family: true },
  family_common_snap: { surnames: COMMON, platform: 'snapchat', handle: 'none', dated: true, family: true },
  family_rare_snap_undated: { surnames: RARE, platform: 'snapchat', handle: 'none', dated: false, family: true },
  number_yy_snap_year_adults: {
    surnames: RARE,
    platform: 'snapchat',
    handle: 'none',
    dated: true,
    number: 'yy',
    yearAdults: 3000,
  },
  number_age_then_ig_year_adults: {
    surnames: RARE,
    platform: 'instagram',
    handle: 'none',
    dated: true,
    number: 'ageThen',
    yearAdults: 3000,
  },
  respelt_rare_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, respelt: true },
  respelt_common_snap: { surnames: COMMON, platform: 'snapchat', handle: 'none', dated: true, respelt: true },
  respelt_common_fb_undated: { surnames: COMMON, platform: 'facebook', handle: 'none', dated: false, respelt: true },
  respelt_rare_handle_only: {
    surnames: RARE,
    platform: 'tiktok',
    handle: 'runTogether',
    dated: true,
    hidden: true,
    respelt: true,
  },
  middle_rare_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, middle: true },
  middle_common_fb_undated: { surnames: COMMON, platform: 'facebook', handle: 'none', dated: false, middle: true },
  middle_top_ig_dated: { surnames: TOP, platform: 'instagram', handle: 'none', dated: true, middle: true },
  middle_common_snap_year: { surnames: COMMON, platform: 'snapchat', handle: 'nameYear', dated: true, middle: true },
  middle_rare_handle_only: {
    surnames: RARE,
    platform: 'tiktok',
    handle: 'runTogether',
    dated: true,
    hidden: true,
    middle: true,
  },
  separated_rare_ig: { surnames: RARE, platform: 'instagram', handle: 'none', dated: true, written: 'separated' },
  separated_common_snap: { surnames: COMMON, platform: 'snapchat', handle: 'none', dated: true, written: 'separated' },
  separated_top_fb_undated: { surnames: TOP, platform: 'facebook', handle: 'none', dated: false, written: 'separated' },
  common_lower_emoji: { surnames: COMMON, platform: 'instagram', handle: 'none', dated: true, written: 'lowerEmoji' },
};

/** Marks written between a forename's letters (`L•a•y•l•a`), as people decorate a display name (weak43). */
const SEPARATORS = ['•', '.', '-', '_', '|', '♡', '✨', '*', '·', '~', ' '];

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const plain = (s) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const csv = (v) => (v === undefined || v === '' ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The roll's `count` commonest forenames, each as its own form: a forename alone, with as many namesakes as it has. */
function forenameForms(text, count) {
  const tally = new Map();
  for (const line of text.split('\n').slice(1)) {
    const fore = line.split(',')[1];
    if (fore) tally.set(fore, (tally.get(fore) ?? 0) + 1);
  }
  return [...tally]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([fore]) => [fore, fore]);
}

/** Whole years from a roll's DD/MM/YYYY birth date to an ISO date. */
function ageOn(dob, iso) {
  const [d, m, y] = dob.split('/');
  const years = Number(iso.slice(0, 4)) - Number(y);
  return iso.slice(5, 10) < `${m}-${d}` ? years - 1 : years;
}

/**
 * A forename alone and a number of the pupil's (`poppy11`, `11_poppy`, `poppy.2011`): the birth year's two digits or
 * four, the year group, the age at the audit date, when connected, or a year before it (the account made earlier).
 */
function forenameNumberHandle(f, number, { year, born, dob, connectedOn }, i) {
  const on = connectedOn || AUDIT_DATE;
  const value = {
    yy: String(born).slice(2),
    yyyy: String(born),
    year: String(year),
    ageNow: String(ageOn(dob, AUDIT_DATE)),
    ageThen: String(ageOn(dob, on)),
    ageBefore: String(ageOn(dob, on) - 1),
  }[number];
  return [`${f}${value}`, `${f}_${value}`, `${value}${f}`, `${f}.${value}`][i % 4];
}

/** The rows a batch adds: roll lines and connection lines, and which probe each connection is. */
function batchRows(batch, rollNames, staff) {
  const roll = [];
  const connections = [];
  const probes = [];
  // The pupil's parents and a relative on staff's lists (`family`), after the probes' rows: a family's surname
  // is on the lists as often as its adults are known to staff.
  const family = [];
  let n = 0;
  const forms = batch.middle
    ? MIDDLE_FORMS
    : batch.accented
      ? ACCENTED_FORMS
      : batch.respelt
        ? RESPELT_FORMS
        : batch.number || batch.written === 'separated'
          ? forenameForms(rollText, 60)
          : PROBE_FORMS;
  forms.forEach(([form, full], i) => {
    let sur = batch.surnames[i % batch.surnames.length];
    for (let k = 1; rollNames.has(`${full} ${sur}`.toLowerCase()); k++)
      sur = batch.surnames[(i + 7 * k) % batch.surnames.length];
    const year = 7 + (i % 6); // Years 7–12
    const born = 2026 - year - 5 + (i % 2); // Sep of the academic year's first year, or spring of the next
    const dob = i % 2 ? `${String(3 + (i % 5)).padStart(2, '0')}/0${1 + (i % 5)}/${born}` : `14/10/${born}`;
    const bornYear = i % 2 ? born : born;
    const id = `W41${String(n++).padStart(4, '0')}`;
    // A pupil going by their middle name (`middle`): the roll keeps it beside the legal forename.
    roll.push([id, full, sur, '', batch.middle ? form : '', dob, `Year ${year}`, `${year}A`]);
    if (batch.sibling) {
      const sibId = `W41${String(n++).padStart(4, '0')}`;
      const sibYear = year < 12 ? year + 2 : year - 3;
      roll.push([
        sibId,
        i % 2 ? 'Oscar' : 'Phoebe',
        sur,
        '',
        '',
        `20/06/${2026 - sibYear - 4}`,
        `Year ${sibYear}`,
        `${sibYear}B`,
      ]);
    }
    const f = plain(form);
    const s = plain(sur);
    const yy = String(bornYear).slice(2);
    let username =
      batch.handle === 'nameYear'
        ? `${f}_${s}${yy}`
        : batch.handle === 'nameNumber'
          ? `${f}.${s}${[7, 23, 100, 4, 19][i % 5]}`
          : batch.handle === 'runTogether'
            ? `${f}${s}`
            : batch.handle === 'otherWords'
              ? `${['sunny', 'gamer', 'blue', 'pixie'][i % 4]}${['day', 'wolf', 'sky', 'dust'][(i >> 2) % 4]}`
              : '';
    const connectedOn = batch.dated ? `${born + 12}-0${1 + (i % 8)}-1${i % 9}` : '';
    if (batch.number) username = forenameNumberHandle(f, batch.number, { year, born, dob, connectedOn }, i);
    const member = staff[(i * 13) % staff.length];
    const url =
      batch.platform === 'facebook' && !username
        ? `https://www.facebook.com/profile.php?id=${100077000000 + i}`
        : username
          ? `https://www.${batch.platform}.com/${username}`
          : '';
    const shown = batch.hidden
      ? ''
      : batch.number
        ? [form, `${form} ✨`, ''][i % 3]
        : batch.written === 'surnameFirst'
          ? `${sur.toUpperCase()} ${form}`
          : batch.written === 'lowerEmoji'
            ? `${f} ${s.toLowerCase()} ✨`
            : batch.written === 'plain'
              ? `${fold(form)} ${fold(sur)}`
              : batch.written === 'separated'
                ? `${[...form].join(SEPARATORS[i % SEPARATORS.length])} ${sur}`
                : `${form} ${sur}`;
    // A pupil with several accounts (`accounts`): the same name on other platforms, each its own handle.
    const platforms = [batch.platform, 'tiktok', 'snapchat', 'x'].slice(0, batch.accounts ?? 1);
    platforms.forEach((platform, k) => {
      const handle = k === 0 ? username : `${f}${s}${k}x`;
      const link = k === 0 ? url : `https://www.${platform}.com/${handle}`;
      connections.push([member.id, member.name, platform, shown, handle, link, 'friend', connectedOn]);
      probes.push({ id, form, full, sur, username: handle, platform, connectedOn });
    });
    if (batch.family)
      ['Karen', 'Mark', 'Julie'].forEach((adult, k) => {
        for (let m = 0; m <= k % 2; m++) {
          const other = staff[(i * 13 + 5 + 7 * k + 3 * m) % staff.length];
          const fb = `https://www.facebook.com/profile.php?id=${100088000000 + i * 10 + k}`;
          family.push([other.id, other.name, 'facebook', `${adult} ${sur}`, '', fb, 'friend', `2019-05-0${1 + k}`]);
        }
      });
  });
  // Adults whose handle is their forename and a year (`yearAdults` of them, after the probes' rows): born 1960–2000,
  // or for a quarter a year from 2008 to 2016 (a child's birth, a wedding), as an adult community writes them.
  const adults = [];
  for (let k = 0; k < (batch.yearAdults ?? 0); k++) {
    const name = ADULT_FORENAMES[k % ADULT_FORENAMES.length];
    const year = k % 4 === 0 ? 2008 + (k % 9) : 1960 + ((k * 7) % 41);
    const digits = k % 3 === 0 ? String(year) : String(year).slice(2);
    const handle = `${plain(name)}${['', '_', '.'][k % 3]}${digits}`;
    const other = staff[(k * 17 + 3) % staff.length];
    const platform = ['instagram', 'x', 'tiktok', 'snapchat'][k % 4];
    adults.push([
      other.id,
      other.name,
      platform,
      k % 2 ? name : '',
      handle,
      '',
      'follower',
      `20${15 + (k % 10)}-03-0${1 + (k % 9)}`,
    ]);
  }
  return { roll, connections: [...connections, ...family, ...adults], probes };
}

const { runAudit } = await import(path.join(dist, 'audit/runAudit.js'));
const { loadAuditFolder } = await import(path.join(dist, 'io/loadAuditFolder.js'));
const { nodeFileSystem } = await import(path.join(dist, 'io/FileSystem.js'));

const rollText = readFileSync(path.join(source, 'roll.csv'), 'utf8');
const rollNames = new Set(
  rollText
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => c.length > 2)
    .map((c) => `${c[1]} ${c[2]}`.toLowerCase()),
);
const staff = readFileSync(path.join(source, 'staff.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map(([id, name]) => ({ id, name }));

const summary = [];
for (const [name, batch] of Object.entries(BATCHES)) {
  if (only && name !== only) continue;
  const dir = mkdtempSync(path.join(tmpdir(), 'w41probe-'));
  cpSync(source, dir, { recursive: true });
  const { roll, connections, probes } = batchRows(batch, rollNames, staff);
  writeFileSync(
    path.join(dir, 'roll.csv'),
    `${rollText.trimEnd()}\n${roll.map((r) => r.map(csv).join(',')).join('\n')}\n`,
  );
  const connText = readFileSync(path.join(dir, 'connections.csv'), 'utf8').trimEnd();
  const firstLine = connText.split('\n').length + 1;
  writeFileSync(
    path.join(dir, 'connections.csv'),
    `${connText}\n${connections.map((r) => r.map(csv).join(',')).join('\n')}\n`,
  );
  const seen = new Map();
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
  const report = await runAudit(inputs, {
    auditDate: AUDIT_DATE,
    onCandidates(connection, candidates) {
      const at = connection.source.line - firstLine;
      if (connection.source.file === 'connections.csv' && at >= 0 && at < probes.length) seen.set(at, candidates);
    },
  });
  rmSync(dir, { recursive: true });
  const byLine = new Map(report.findings.map((f) => [Number(f.connection.source.split(':').pop()), f]));
  let below = 0;
  let flagged = 0;
  probes.forEach((p, at) => {
    const cands = seen.get(at) ?? [];
    const own = cands.find((c) => c.pupil.id === p.id);
    const finding = byLine.get(firstLine + at);
    const found =
      finding && (finding.pupil.id === p.id || (finding.otherCandidates ?? []).some((c) => c.pupil.id === p.id));
    if (!found) below++;
    else if (finding.level === 'flag') flagged++;
    if (belowOnly && found) return;
    process.stdout.write(
      `${name} ${found ? finding.level.padEnd(6) : 'none  '} ${own ? own.score.toFixed(3) : '  -  '} ${p.form} ${p.sur} (${p.full}) @${p.username}: ${own ? `fore=${own.levels.fore} sur=${own.levels.sur} digits=${own.levels.digits}` : `no candidate; ${cands.length} others`}\n`,
    );
    if (withTerms && own)
      process.stdout.write(
        `      prior ${own.prior?.bits?.toFixed(2)}; ${own.contributions.map((x) => `${x.code}${x.args?.oneIn ? `(1/${x.args.oneIn})` : ''} ${x.weight}`).join('; ')}\n`,
      );
  });
  summary.push(`${name}: ${probes.length} probes, ${below} not found, ${flagged} flagged`);
}
process.stdout.write(`\n${summary.join('\n')}\n`);
