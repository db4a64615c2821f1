/**
 * Short forms and pet names of given names in other European and South Asian languages, beyond
 * `otherLanguagesNames.ts`: Dutch and German, Portuguese, Romanian, Lithuanian, Welsh, Polish (with each Polish name's
 * usual English equivalent, Dawid and David, as a name of its own),
 * Hindi and Somali. Read like the nickname table (`name: forms` are forms a pupil called `name`
 * may go by; `~form` is also a name of its own: an adult of that name may be a relative).
 *
 * Where the entries come from: the diminutives each name's Wiktionary entry lists
 * (en.wiktionary.org, "Diminutives" and "Derived terms" of the given name: Willem → Wim, Pim;
 * Francisco → Chico; Constantin → Costel; Jonas → Jonukas; Mateusz → Mati), and for Somali
 * and Hindi names the short forms those communities' own naming guides give (Abdirahman and the
 * other Abdi- names → Abdi; Abhishek → Abhi). Polish pet names as Polish
 * teachers list them ("Diminutives of Proper Names", blogs.transparent.com/polish, 2009: Basia,
 * Jola, Asia, Iza; "Diminutive forms of Polish names", polishclasses.blogspot.com, 2015: Tosia,
 * Czarek, Jędrek, Jurek, Maciuś) and the -ek, -ka and -sia forms those pages describe (Julka,
 * Emilka, Tymek); Portuguese hypocoristics as Wikipedia's "Portuguese name" lists them and
 * J. Leite de Vasconcellos's "Antroponímia portuguesa" (1928) records them (Chica, Teresinha,
 * Carlinhos, Guida, Zeca); Romanian Ionuț and Ionel for Ioan (Wikipedia, "Romanian name"); Igbo and Yoruba names' usual
 * short forms, their first or last part (Adaeze and Adaora → Ada, Chukwuebuka → Ebuka, Obinna →
 * Obi; Folake → Fola, Boluwatife → Bolu or Tife), as the names' Wiktionary and Wikipedia
 * entries give them. Forms
 * added to a name that has a line in another table are on that line. Written by the project from those references, not
 * copied from a data set; a form belongs here only when it is in use as that name's short form.
 * The usual short forms of Scottish and Irish Gaelic, Welsh, Yoruba, Igbo, Somali and South Asian
 * names at the end of the table (Nuala for Fionnuala, Ianto for Ieuan, Jide for Babajide, Tolu
 * for Toluwalase, Ify for Ifeanyi, Anu for Ananya, Jas for Jasleen) are as those names' Wikipedia and
 * Wiktionary entries give them. Yoruba, Igbo and South Asian short forms added on 5 December 2026
 * (Segun for Olusegun, Kunle for Olakunle, Uche for Uchenna, Krish for Krishna, Jassi for Jaspreet) are
 * the project's own, each the name's first or last part as it is used, in the manner of the lines above.
 * Pet forms the rule of `petFormEndings.ts` cannot make, added on 5 December 2026 from each name's Wiktionary
 * entry ("Diminutives"): Polish Jasiek, Izka, Józek, Józio, Misiek, Dorotka, Paulinka; Romanian Fane, Lenuța,
 * Mărioara, Cristi; Lithuanian Gabi for Gabija; Portuguese Digo, Rodriguinho and Caro; Turkish Ayşecik (the -cik
 * diminutive, Wiktionary "-cik"). A form that is a name of its own (Dora, Paula, Tina, Dana) is written `~`.
 * Ife for Ifeoluwa, added on 7 December 2026 (found50): the name's first part, as Ifeoma's, and the form it goes by in
 * everyday use (namekin.app, "Ifeoluwa"); a name of its own, so `~`.
 * Lower case, letters only, folded as the matcher folds (João → joao, Ștefan → stefan).
 */
export const DIMINUTIVES = `
willem: wim, pim, ~william
pieter: piet, ~peter
cornelis: kees
hendrik: henk, ~henry
jacobus: koos, sjaak, jaap
johannes: hannes, ~hans, ~john, ~jan
johanna: hanneke, anneke, ~jo
wilhelmina: mien, ~mina
friedrich: fritz
heinrich: heinz, ~henry
joachim: jochen
katharina: kathi, kathe, ~katherine
joao: joaozinho, ~john
fernando: nando
guilherme: gui, ~william
beatriz: bia, bea, ~beatrice
ion: ionel, ionut, nelu, ~john
gheorghe: ghita, gica, gelu, ~george
vasile: vasilica
constantin: costel, costi, costica, ~constantine
nicolae: nicu, nicusor, ~nicholas
dumitru: mitica
mihai: mihaita, ~michael
alexandru: sandu, ~alex
cristian: cristi
jonas: jonukas, jonelis, ~john
petras: petriukas, ~peter
antanas: antanukas, ~anthony
juozas: juozukas, ~joseph
gwenllian: ~gwen
rhiannon: rhi
llewelyn: llew
mateusz: mati, mateuszek, ~matthew
kacper: kacperek, ~casper
dawid: dawidek, ~david
szymon: szymek, ~simon
oliwia: oliwka, oliwcia, ~olivia
kinga: kingusia
filip: filipek, ~philip
antoni: antek, antos, ~anthony
franciszek: franek, franio, ~francis
maja: majka, ~maya
jolanta: jola
izabela: iza, izka
antonina: tosia, ~antonia
cezary: czarek
andrzej: jedrek, andrzejek, ~andrew
jerzy: jurek, ~george
hanna: hania, hanka
jan: janek, jas, jasiek, ~john
danuta: danka, danusia
ewa: ewunia, ewka, ~eva, ~eve
agata: agatka
jacek: jacus
alicja: ala, alusia
gabriela: gabrysia, gabi, gaby, ~gabriella
lena: lenka
mikolaj: mikolajek, ~nicholas
tymoteusz: tymek
tymon: tymek
ignacy: ignas
antonio: ~toni, toninho, ~anthony
carlos: carlinhos, carlitos
ana: aninha, ~anita
alexandre: xande, ~alex
camila: ~mila, camilinha
leonor: nono, ~eleanor
margarida: guida, ~margaret
rafael: rafa
pedro: pedrinho, ~peter
tiago: tiaguinho
dorota: dorotka, ~dora
paulina: paulinka, ~paula
cristina: cristi, ~tina
gabija: gabi
rodrigo: digo, rodriguinho
carolina: caro, ~carol
ayse: aysecik
ioan: ionut, ionel, ~john
stefan: stefanel, fane, ~stephen, ~steven
adaeze: ~ada
adaora: ~ada
adanna: ~ada
chukwuebuka: ebuka
obinna: obi
ifeoma: ~ife, ify
ifeoluwa: ~ife
folake: fola
adebola: bola
boluwatife: bolu, tife
temiloluwa: temi
tomisin: tomi
oluwatomisin: tomi, tomisin
ireoluwa: ire
abhishek: abhi
siddharth: siddhu, ~sid
rajesh: raju
abdirahman: abdi
abdikarim: abdi
abdiaziz: abdi
abdiwali: abdi
mehmet: memo
catriona: cat
eilidh: ~ellie
fionnuala: nuala, finola, ~nola
siobhan: shiv, shevaun, shivaun, shivon, ~chevonne
roisin: ~rosie, rosheen
diarmuid: ~dermot
cathal: cal
ieuan: ianto
bethan: ~beth
mackenzie: kenzie
tyrone: ty
babajide: jide
toluwalase: tolu
toluwani: tolu
kehinde: ~kenny
chinwe: chi
obianuju: uju
ifeanyi: ify
abdikadir: abdi
abdullahi: abdi
ananya: anu
priyanka: ~priya
jasleen: jas
rajinder: raj
alasdair: ally, ~ali
olusegun: segun
olakunle: kunle
adedayo: dayo
oladayo: dayo
adedeji: deji
olajide: jide
oluwagbenga: gbenga
oluwatomiwa: tomi, tomiwa
toluwalope: tolu
omolola: lola
abimbola: bimbo, ~bola
ayobami: ayo
oluwanifemi: nifemi
oyinkansola: oyin
rotimi: timi
uchenna: uche
chidiebere: chidi
krishna: krish
jaspreet: jas, jassi
simran: simmy
deepika: deepa
`;
