/**
 * How Slavic surnames are written in English beside their own spelling: one surname, several
 * romanisations. Endings of Russian and Ukrainian surnames as the BGN/PCGN system writes them
 * (-ov, -ev, -sky or -skiy) beside the French and German transcriptions still on older passports
 * (-off, -eff, -ow, -ew: Smirnoff, Romanow) and Ukrainian national romanisation (2010: -skyi);
 * Polish letters as English speakers write their sounds (w as v, sz as sh, cz as ch; -ski heard
 * as -sky), as Wikipedia's "Romanization of Russian", "Romanization of Ukrainian" and "Polish
 * orthography" give them. Each set is one sound written several ways: a surname ending in one is
 * read in each of the others (Kowalewski, Kovalevsky; Nowak, Novak). Lower case, folded.
 */
export const SLAVIC_ENDINGS: readonly (readonly string[])[] = [
  ['ski', 'sky', 'skiy', 'skyi', 'skij', 'skyy'],
  ['ska', 'skaya', 'skaja'],
  ['ov', 'off', 'ow'],
  ['ev', 'eff', 'ew', 'yev', 'iev'],
  ['ova', 'owa'],
  ['eva', 'ewa', 'yeva', 'ieva'],
  ['ich', 'icz', 'itch', 'itz'],
];
/** Letters of Polish spelt as English speakers write the sound, either way (all in the word at once). */
export const SLAVIC_LETTERS: readonly (readonly [string, string])[] = [
  ['w', 'v'],
  ['sz', 'sh'],
  ['cz', 'ch'],
];
