/**
 * Background adults of many naming traditions, written as such adults write their names: Sikh
 * names shown with Kaur or Singh in place of the family name, Somali and Arabic patronymics (a
 * father's given name after one's own), Chinese and Vietnamese names family name first, Dutch and
 * Irish particles (van der, de, Ó, Ní, Mac), Polish and Lithuanian feminine surname forms,
 * double-barrelled surnames, hyphenated forenames, and handles whose digits are an adult's year
 * or a number of no meaning. None is a pupil; the engine must flag none of them. Every person is
 * invented: common names combined at random.
 *
 * Drawn from a random stream of its own, so that the rest of the bench (pupils, traps, the other
 * background rows) is written exactly as before.
 */

const SIKH_FORENAMES =
  'Harpreet Gurpreet Jaspreet Manpreet Simran Navdeep Amandeep Kuldeep Baljit Paramjit Rajinder Jaswinder Sukhvinder Harjit Balwinder Ravinder Kamaljit Inderjit'.split(
    ' ',
  );
/** Given names that Somali and Arabic adults carry after their own as their father's (and grandfather's). */
const FATHERS_NAMES =
  'Abdi Mohamud Mohamed Farah Ahmed Hassan Yusuf Ali Omar Ismail Jama Aden Nur Warsame Hirsi Osman Ibrahim Abdullahi Khalid Karim Rashid Salim Musa Idris'.split(
    ' ',
  );
const SOMALI_ARABIC_FORENAMES =
  'Hodan Hibo Ifrah Khadra Ladan Sagal Fadumo Hawa Asha Amina Faisa Abdirahman Abdikarim Mahad Liban Said Mohamed Ahmed Fatima Layla Huda Omar Khalid Yara Salma Nour Samir Tamer'.split(
    ' ',
  );
const CHINESE_SURNAMES = 'Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Wu Zhu Lin He Guo Ma Luo Li Gao Tang'.split(
  ' ',
);
const CHINESE_GIVEN =
  'Wei Jun Hao Ming Xin Yi Jia Mei Lin Hui Chen Zhi Bao Lei Jie Tao Yan Fang Ying Hong Xiaoming Jianguo Li Na Qiang'.split(
    ' ',
  );
const VIETNAMESE_SURNAMES = 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly'.split(' ');
const VIETNAMESE_MIDDLE = 'Van Thi Duc Minh Ngoc Quang Thanh'.split(' ');
const VIETNAMESE_GIVEN =
  'Anh Linh Minh Quan Thao Trang Tuan Vy Khoa Duc Huy Ngoc Phuong Lan Hoa Dung Hung Thanh Mai Long Nam Son'.split(' ');
const IRISH_FORENAMES = 'Seán Siobhán Aoife Ciarán Niamh Pádraig Eoin Róisín Máire Dónal Séamus Gráinne'.split(' ');
/** Irish surnames: the man's and unmarried woman's particles. */
const IRISH_SURNAMES = [
  ['Ó', 'Ní', 'Briain', 'Bhriain'],
  ['Ó', 'Ní', 'Súilleabháin', 'Shúilleabháin'],
  ['Ó', 'Ní', 'Néill', 'Néill'],
  ['Ó', 'Ní', 'Ceallaigh', 'Cheallaigh'],
  ['Mac', 'Nic', 'Cárthaigh', 'Cárthaigh'],
  ['Mac', 'Nic', 'Giolla', 'Giolla'],
  ['Mac', 'Nic', 'Mathúna', 'Mhathúna'],
];
const DUTCH_PARTICLES = ['van', 'van der', 'van den', 'de', 'van de', 'ter', 'von'];
const DUTCH_SURNAMES = 'Berg Dijk Vries Meer Broek Heuvel Leeuwen Beek Linden Wal Bos Jong Groot Veen Haan'.split(' ');

/** Polish and Lithuanian surnames as a woman of the family bears them (Kowalski → Kowalska). */
function feminine(surname) {
  if (/(ski|cki|dzki)$/.test(surname)) return surname.replace(/i$/, 'a');
  if (/as$/.test(surname)) return surname.replace(/as$/, 'ienė');
  if (/is$/.test(surname)) return surname.replace(/is$/, 'ienė');
  if (/us$/.test(surname)) return surname.replace(/us$/, 'uvienė');
  return undefined;
}

/** Two digits of an adult's birth year (1950–2005), any of them: adults choose 77 and 88 too. */
function adultTwoDigits(rnd) {
  return String(50 + rnd.int(56))
    .slice(-2)
    .padStart(2, '0');
}

/**
 * The background rows' writer. `names`: the bench's own draws of a background adult's `forename()`
 * and `surname()`, and its `surnames` pool; `plain` the generator's handle spelling; `shownIsPupils(fore, sur)` whether a name as shown is a pupil's (then the row is
 * labelled a namesake: no reading can tell it from the pupil).
 */
export function variedAdults(rnd, share, names, plain, shownIsPupils) {
  const forename = () => names.forename(rnd);
  const surname = () => names.surname(rnd);
  const polish = names.surnames.filter((s) => feminine(s) !== undefined);
  const handle = (fore, sur) => {
    const f = plain(fore);
    const s = plain(sur);
    const r = rnd.int(6);
    if (r === 0) return `${f}${s}${adultTwoDigits(rnd)}`;
    if (r === 1) return `${f}.${s}${1950 + rnd.int(58)}`;
    if (r === 2) return `${f}_${s}${rnd.int(1000)}`;
    if (r === 3) return `${s}${f}${adultTwoDigits(rnd)}`;
    if (r === 4) return `${f}${s[0]}${rnd.int(100)}`;
    return `${f[0]}${s}${adultTwoDigits(rnd)}`;
  };
  /** One adult: its form's name, the name as shown (forename, surname) and the row. */
  const forms = [
    () => {
      const fore = rnd.chance(0.5) ? rnd.pick(SIKH_FORENAMES) : forename();
      const word = rnd.pick(['Kaur', 'Singh']);
      return rnd.chance(0.6)
        ? { form: 'sikh', shown: [fore, word], displayName: `${fore} ${word}` }
        : { form: 'sikh', shown: [fore, surname()], displayName: `${fore} ${word} ${surname()}` };
    },
    () => {
      const fore = rnd.chance(0.5) ? rnd.pick(SOMALI_ARABIC_FORENAMES) : forename();
      const father = rnd.pick(FATHERS_NAMES);
      return rnd.chance(0.6)
        ? { form: 'patronymic', shown: [fore, father], displayName: `${fore} ${father}` }
        : {
            form: 'patronymic',
            shown: [fore, father],
            displayName: `${fore} ${father} ${rnd.pick(FATHERS_NAMES)}`,
          };
    },
    () => {
      const chinese = rnd.chance(0.5);
      const sur = chinese ? rnd.pick(CHINESE_SURNAMES) : rnd.pick(VIETNAMESE_SURNAMES);
      const given = chinese ? rnd.pick(CHINESE_GIVEN) : rnd.pick(VIETNAMESE_GIVEN);
      const middle = !chinese && rnd.chance(0.5) ? ` ${rnd.pick(VIETNAMESE_MIDDLE)}` : '';
      const first = rnd.chance(0.3) ? sur.toUpperCase() : sur;
      // Given name first, as many write it here: of two short names either may be the family name.
      if (rnd.chance(0.3)) return { form: 'given_name_first', shown: [given, sur], displayName: `${given} ${sur}` };
      return rnd.chance(0.7)
        ? { form: 'family_name_first', shown: [given, sur], displayName: `${first}${middle} ${given}` }
        : { form: 'family_name_first', shown: [given, sur], username: `${plain(sur)}${plain(given)}${rnd.int(100)}` };
    },
    () => {
      if (rnd.chance(0.5)) {
        const [man, woman, sur, lenited] = rnd.pick(IRISH_SURNAMES);
        const fore = rnd.chance(0.5) ? rnd.pick(IRISH_FORENAMES) : forename();
        const female = rnd.chance(0.5);
        const surname = `${female ? woman : man} ${female ? lenited : sur}`;
        return { form: 'particle', shown: [fore, surname], displayName: `${fore} ${surname}` };
      }
      const fore = forename();
      const surname = `${rnd.pick(DUTCH_PARTICLES)} ${rnd.pick(DUTCH_SURNAMES)}`;
      return { form: 'particle', shown: [fore, surname], displayName: `${fore} ${surname}` };
    },
    () => {
      const fore = forename();
      const sur = polish.length > 0 ? feminine(rnd.pick(polish)) : surname();
      return { form: 'feminine_surname', shown: [fore, sur], displayName: `${fore} ${sur}` };
    },
    () => {
      const fore = forename();
      const sur = `${surname()}-${surname()}`;
      return { form: 'double_barrelled', shown: [fore, sur], displayName: `${fore} ${sur}` };
    },
    () => {
      const fore = `${forename()}-${forename()}`;
      const sur = surname();
      return { form: 'hyphenated_forename', shown: [fore, sur], displayName: `${fore} ${sur}` };
    },
    () => {
      const fore = forename();
      const sur = surname();
      return rnd.chance(0.5)
        ? { form: 'handle_digits', shown: [fore, sur], displayName: `${fore} ${sur}`, username: handle(fore, sur) }
        : { form: 'handle_digits', shown: [fore, sur], username: handle(fore, sur) };
    },
  ];
  return {
    /** A varied adult's row in place of `row` (a plain background row) `share` of the time, else `row`. */
    replace(row) {
      if (!rnd.chance(share)) return row;
      const { form, shown, ...written } = rnd.pick(forms)();
      const namesake = shownIsPupils(shown[0], shown[1]);
      return {
        ...written,
        ...(row.connectedOn ? { connectedOn: row.connectedOn } : {}),
        label: { kind: namesake ? 'varied_adult_namesake' : `varied_adult_${form}`, trap: true, expect: 'none' },
      };
    },
  };
}
