// How young people shorten and respell their names: written for eval2 by hand. `clear` short forms
// are ones a careful reader takes for the name at once (Tom for Thomas); `weak` ones need a second
// look (Millie for Amelia). Alternative transliterations are weak: the reader cannot tell a cousin's
// spelling from the pupil's own.

export const SHORT_FORMS = {
  Thomas: { clear: ['Tom', 'Tommy'] },
  William: { clear: ['Will'], weak: ['Billy'] },
  Alexander: { clear: ['Alex'], weak: ['Xander', 'Sandy'] },
  Joshua: { clear: ['Josh'] },
  Samuel: { clear: ['Sam', 'Sammy'] },
  Daniel: { clear: ['Dan', 'Danny'] },
  Joseph: { clear: ['Joe', 'Joey'] },
  Jacob: { clear: ['Jake'] },
  Oliver: { clear: ['Ollie', 'Olly'] },
  Benjamin: { clear: ['Ben'], weak: ['Benji'] },
  Matthew: { clear: ['Matt'] },
  Nathaniel: { clear: ['Nate'], weak: ['Nat'] },
  Zachary: { clear: ['Zach', 'Zak'] },
  Edward: { clear: ['Ed'], weak: ['Ned', 'Teddy'] },
  Sebastian: { clear: ['Seb'] },
  Frederick: { clear: ['Fred', 'Freddie'] },
  Cameron: { clear: ['Cam'] },
  Charlotte: { weak: ['Lottie', 'Charlie'] },
  Isabelle: { clear: ['Izzy', 'Issy'], weak: ['Belle'] },
  Amelia: { weak: ['Millie', 'Mia', 'Mimi'] },
  Jessica: { clear: ['Jess', 'Jessie'] },
  Elizabeth: { clear: ['Lizzie', 'Beth'], weak: ['Eliza', 'Libby'] },
  Katherine: { clear: ['Kate', 'Katie'], weak: ['Kit'] },
  Eleanor: { clear: ['Ellie'], weak: ['Nell', 'Nora'] },
  Olivia: { clear: ['Liv', 'Livvy'] },
  Evelyn: { clear: ['Evie'] },
  Abigail: { clear: ['Abi', 'Abby'] },
  Bethany: { clear: ['Beth'] },
  Georgia: { clear: ['Georgie'] },
  Matilda: { clear: ['Tilly'], weak: ['Tilda'] },
  Florence: { clear: ['Flo'], weak: ['Florrie'] },
  Harriet: { clear: ['Hattie'] },
  Imogen: { clear: ['Immy'], weak: ['Mog'] },
  Muhammad: { clear: ['Mo'], weak: ['Hammad'] },
  Mohammed: { clear: ['Mo'] },
  Abdullah: { weak: ['Abdi'] },
  Abdirahman: { weak: ['Abdi'] },
  Ibrahim: { weak: ['Ibby', 'Ibo'] },
  Oluwaseun: { clear: ['Seun'], weak: ['Shay'] },
  Oluwatobi: { clear: ['Tobi'] },
  Oluwatobiloba: { clear: ['Tobi'] },
  Tobiloba: { clear: ['Tobi'] },
  Chukwuemeka: { clear: ['Emeka'] },
  Temitope: { clear: ['Tope'] },
  Ifeoluwa: { clear: ['Ife'] },
  Oluwadamilare: { clear: ['Dami'] },
  Somtochukwu: { clear: ['Somto'] },
  Aleksandra: { clear: ['Ola'], weak: ['Ala'] },
  Aleksander: { clear: ['Olek'] },
  Wojciech: { clear: ['Wojtek'] },
  Mikołaj: { weak: ['Miki'] },
  Zuzanna: { clear: ['Zuza'] },
  Wiktoria: { clear: ['Wika'] },
  Alexandru: { clear: ['Alex'] },
  Alexandra: { clear: ['Alex'] },
  Gabriela: { clear: ['Gabi'] },
  Gabriel: { clear: ['Gabi'] },
  Andreea: { weak: ['Deea'] },
  Abdirizak: { weak: ['Rizak'] },
  Sumaiya: { weak: ['Sumi'] },
  Chiamaka: { clear: ['Amaka'] },
  Tolulope: { clear: ['Tolu'] },
  Damilola: { clear: ['Dami'] },
  Precious: { weak: ['Preshy'] },
};

/** Spellings of the same name in another transliteration: weak, since a relative may spell it so. */
export const TRANSLITERATIONS = {
  Muhammad: ['Mohammed', 'Mohammad', 'Muhammed'],
  Mohammed: ['Muhammad', 'Mohamed', 'Mohammad'],
  Mohamed: ['Mohammed', 'Maxamed'],
  Yusuf: ['Yousuf', 'Yousef', 'Yusif'],
  Hussain: ['Hussein', 'Husain', 'Hossain'],
  Hossain: ['Hussain', 'Hosain'],
  Chowdhury: ['Choudhury', 'Chaudhry'],
  Rahman: ['Rehman', 'Rahaman'],
  Rehman: ['Rahman'],
  Ahmed: ['Ahmad', 'Ahmet'],
  Ali: ['Aly'],
  Abdullahi: ['Abdullah'],
  Abdirahman: ['Abdurahman', 'Abdulrahman'],
  Hassan: ['Hasan'],
  Ibrahim: ['Ebrahim', 'Ibraheem'],
  Zainab: ['Zaynab', 'Zeynab'],
  Aisha: ['Ayesha', 'Aysha'],
  Fatima: ['Fatimah', 'Fadumo'],
  Maryam: ['Mariam', 'Maryem'],
  Khadija: ['Khadijah', 'Khadeeja'],
  Umar: ['Omar'],
  Zayn: ['Zain', 'Zayne'],
  Ayaan: ['Ayan'],
  Mahmood: ['Mahmud', 'Mehmood'],
  Qureshi: ['Quraishi'],
  Uddin: ['Udin'],
  Islam: ['Islaam'],
  Miah: ['Mia', 'Miya'],
  Wang: ['Wong'],
  Chen: ['Chan'],
  Zhang: ['Cheung'],
  Huang: ['Wong'],
  Li: ['Lee'],
  Liu: ['Lau'],
  Wu: ['Ng'],
  Mihai: ['Mihail'],
  Ionuț: ['Ionut', 'Ionutz'],
  Ștefan: ['Stefan', 'Stephan'],
  Ömer: ['Omer'],
  Oluwaseun: ['Oluseun'],
};

const FOLD = { ł: 'l', Ł: 'L', ș: 's', Ș: 'S', ț: 't', Ț: 'T', ı: 'i', İ: 'I', ğ: 'g' };

const folded = new Map(); // names repeat: each is folded once

/** The name as typed on a phone without its accents: Wiśniewska → Wisniewska, Yılmaz → Yilmaz. */
export const withoutAccents = (name) => {
  let plain = folded.get(name);
  if (plain === undefined) {
    plain = name
      .replace(/[łŁșȘțȚıİğ]/g, (ch) => FOLD[ch] ?? ch)
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
    folded.set(name, plain);
  }
  return plain;
};

export const hasAccents = (name) => withoutAccents(name) !== name;
