/**
 * Surnames written in the Latin alphabet more than one way because they come from another script:
 * one name in several romanisations (`name = other, spellings`), so that an account writing the
 * pupil's surname another way (Ahmad for Ahmed, Hossain for Hussain, Chowdhury for Choudhury) is
 * found for review. Another family may spell it so as their own: a spelling is never enough for a
 * flag (`surnameSpelt` in `../evidence.ts`). The `=` groups of `transliterations.ts` and
 * `otherLanguagesNames.ts` (Arabic, Somali, Turkish and Cyrillic given names, many of them
 * surnames too: Hassan, Osman, Yusuf) are read as surname spellings as well (`../surnameSpellings.ts`).
 *
 * Where the entries come from: the same conventions as `transliterations.ts` — Arabic long vowels
 * written ee/oo or i/u, q as k, ḥ and kh as h, doubled letters single (the Library of Congress
 * ALA-LC romanisation beside the everyday English spellings); Urdu and Bengali, whose inherent vowel
 * is written a, e or o and whose چ and ھ give ch, chh and h (Chaudhry, Chowdhury, Choudhury: the
 * spellings Wikipedia's "Chaudhry" and "Chowdhury" articles list); the Somali Latin alphabet of 1972
 * (c for ʿayn, x for ḥ, doubled long vowels: Cismaan, Xirsi, Aadan) beside the English spellings on
 * UK documents; and the spellings each surname's Wikipedia article (e.g. "Hussain", "Qureshi",
 * "Siddiqui", "Shaikh", "Haque", "Syed") gives in its lead. Written by the project from those
 * references, not copied from a data set; a line belongs here only when each spelling is in use
 * as that surname. Lower case, letters only, folded as the matcher folds.
 */
export const SURNAME_SPELLINGS = `
ahmed = ahmad, ahmet, ahmud
mohammed = muhammad, mohammad, mohamed, muhammed, mohamad, mohammod, mahomed
hussain = hussein, husain, hossain, hosain, husein, hussan
choudhury = chowdhury, chaudhry, chaudhary, choudhry, choudhary, chowdhry, chaudhri, chaudri
rahman = rehman, rahmaan, rahaman
qureshi = quraishi, qureshy, kureshi, qureishi, quraishy
shaikh = sheikh, shaykh, sheik, sheekh
siddiqui = siddiqi, siddique, siddiky, siddiki
syed = sayed, sayyid, sayyed, saiyed
haque = hoque, huq, haq, hoq, haqq
uddin = udin, uddeen
miah = mia, miya, meah
khatun = khatoon
akhtar = akhter, akter, akhthar
mahmood = mahmud, mehmood, mahmoud
iqbal = ikbal
javed = javaid, javid
anwar = anwer
sarwar = sarwer
zaman = zamaan
aziz = azeez
farooq = farouk, faruk, farooque, faruq, farouq
kabir = kabeer
bashir = basheer, bashire
nazir = nazeer
rauf = raouf, rauff
mansoor = mansour, mansur
nasir = naseer, nasser, naser
zafar = zafer
haider = hyder, haidar
qadir = kadir, qader, kader, qadeer
qasim = kasim, qassim, kassim, qaseem
sadiq = sadique, sadik
waheed = wahid
ghafoor = ghafur, gafoor
shakoor = shakur
raza = reza
mirza = merza
malik = malick, maleek
abbas = abbass
yousaf = yousuf, yusaf
umar = omar, omer
usman = osman, uthman, othman, cismaan
aden = adan, aadan, aaden
hersi = xirsi, hirsi
elmi = cilmi
egal = cigaal
guled = guuleed
abdulle = cabdulle
dirie = diiriye
warsame = warsama
`;
