/**
 * How languages make pet forms of a given name that no table lists: the name clipped to its
 * beginning (Maks for Maksymilian, Auste for Austėja, Santi for Santiago), or its beginning with a
 * diminutive ending (Kamil → Kamilek, Julia → Julka, Marta → Martusia, Jonas → Jonukas, Ștefan →
 * Ștefănuț, Paulo → Paulinho, Daan → Daantje, Tobias → Tobi), and the name clipped to its end
 * (Valentina → Tina, Fernanda → Nanda, Afonso → Fonso). The matcher reads such a form only beside
 * the pupil's whole surname, only when the word is no known given name or surname, and only as
 * weak evidence (review, never a flag): it is a form of the name, not the name.
 *
 * Where the endings come from: the diminutive suffixes each language's grammar describes, as
 * Wikipedia's articles give them — "Polish name" (Diminutives: -ek, -ka, -sia, -cia, -usia,
 * -unia, -uś, -ś, -eczka), "Lithuanian name" (-ukas, -iukas, -elis, -utė, -ytė, -ytis, -ėlė),
 * "Romanian name" and "Romanian nouns" (-uț, -uța, -el, -ica, -ucă, -iță, -ică), "Portuguese
 * name" (-inho, -inha, -zinho, -zinha, -ito, -ita), "Dutch name" (-tje, -je, -ke), "German
 * name" and "Hypocorism" (-i, -chen, -le, -el), "Russian name" (-ka, -ochka, -enka, -ushka,
 * -ik, -yusha), "Spanish naming customs" (-ito, -ita, -ín, -ina), and the English -ie, -y and
 * -o (Wikipedia, "Hypocorism") and -s (the OED's "-s, suffix": a shortened form of the
 * hypocoristic -sy, as in Babs; Wills, Becks, Debs, Mags; British children's Mads, Lils, Hols);
 * Lithuanian and Latvian nominative endings -as, -is, -us, -e on
 * a clipped stem (Domas for Dominykas, Justas for Justinas). Written by the project from those
 * descriptions, not copied from a data set. Lower case, letters only, folded as the matcher
 * folds (-uț → ut, -utė → ute).
 */
export const PET_FORM_ENDINGS: readonly string[] = [
  // Polish
  'ek',
  'ka',
  'ko',
  'sia',
  'cia',
  'nia',
  'usia',
  'unia',
  'ulka',
  'us',
  'ys',
  'as',
  'eczka',
  'eczek',
  'iczek',
  'ynka',
  'inka',
  'enka',
  'cio',
  'ciu',
  'sio',
  'siu',
  // Lithuanian
  'ukas',
  'iukas',
  'elis',
  'ute',
  'iute',
  'yte',
  'ele',
  'ytis',
  'is',
  'e',
  // Romanian
  'ut',
  'uta',
  'el',
  'ela',
  'ica',
  'uca',
  'ias',
  'ucu',
  // Portuguese and Spanish
  'inho',
  'inha',
  'zinho',
  'zinha',
  'ito',
  'ita',
  'in',
  'ina',
  // Dutch and German
  'tje',
  'je',
  'ke',
  'chen',
  'le',
  // Russian
  'ochka',
  'ushka',
  'ik',
  'yusha',
  'usha',
  // English and many others: the clipped beginning with a vowel after it
  'i',
  'ie',
  'y',
  'o',
  'a',
];

/**
 * Endings put only on a beginning clipped to one closed syllable: English's -s (Mads for Madison,
 * Hols for Holly, Gabs for Gabriella; the OED's "-s, suffix", above). On a longer beginning an -s is
 * most often the word's own (Andreas, Nikolaos), not a pet form.
 */
export const PET_FORM_SYLLABLE_ENDINGS: readonly string[] = ['s'];

/** The shortest beginning of a name a pet form keeps (Gab of Gabriela; two letters are too many names' beginning). */
export const PET_FORM_SHORTEST_STEM = 3;
/** The shortest end of a name read as a pet form of it (Tina of Valentina). */
export const PET_FORM_SHORTEST_END = 4;
