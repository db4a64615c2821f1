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
 *
 * Chinese surnames in Hanyu Pinyin beside their Cantonese (Hong Kong government) and Wade–Giles spellings, which
 * most British Chinese families, from Hong Kong and Malaysia, write (Chen and Chan, Zhang and Cheung or Chang,
 * Huang and Wong): the romanisations Wikipedia's "List of common Chinese surnames" gives each. Where two
 * surnames share one spelling (Wang and Huang are both Wong; Deng and Tang), only the commoner is joined, as
 * the lines join whole groups. And Somali's doubled vowel (Daahir), Arabic's ee (Lateef), Punjabi's Kour.
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
li = lee
chen = chan
zhang = cheung, chang
huang = wong, hwang
liu = lau
lin = lam
wu = ng
zhou = chow, chau, chou
yang = yeung
xu = hsu, hui, tsui
guo = kwok, kuo
he = ho
zhao = chiu, chao
ma = mah
sun = suen
zheng = cheng
xie = tse, hsieh
zeng = tsang, tseng
feng = fung
cai = choi, tsoi, tsai
ye = yip, yeh
liang = leung
yuan = yuen
pan = poon
luo = law
zhu = chu
jiang = chiang
gao = kao
zhong = chung
qiu = yau
mai = mak
cao = tso, tsao
tan = tam
dahir = daahir
latif = lateef
kaur = kour
yousef = yusuf, youssef
`;
