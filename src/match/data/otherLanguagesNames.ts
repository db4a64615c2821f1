/**
 * Given names of other languages' families, as UK schools' rolls and their staff's connection
 * lists show them: short forms and pet names used in those languages (read like the nickname
 * table's: `name: forms` are forms a pupil called `name` may go by; `~form` is also a name of its
 * own), and the spellings a name takes in the Latin alphabet or in English mouths (`name = other`:
 * one name, Wojtek and Voytek, Yuri and Yury). Where the other spelling is a common English name
 * of its own (Victoria for Wiktoria), it is written `~form`: an adult Victoria Wood beside a pupil
 * Wiktoria Wood is as likely her mother, so it is found for review, never flagged.
 *
 * Sources, by group: the diminutives listed in each name's Wiktionary entry (en.wiktionary.org,
 * "Diminutives" and "Derived terms" of the given name; e.g. Zuzanna → Zuzia, Zuza; Folasade →
 * Sade); for Russian and Ukrainian spellings the BGN/PCGN and Ukrainian national (2010)
 * romanisations, and the older French-style ones still on passports (Iurii); for Arabic and
 * Turkish names the English spellings of long vowels and of ḥ, q and kh (Kareem, Tareq, Mukhammad,
 * as in the UK's own registers of births); for Polish the
 * English spellings of its sounds (w as v, j as y, sz as sh: Voytek, Yurgis, Malgosha). Written
 * by the project from those references, not copied from a data set; a line belongs here only when
 * the form is in use as that name, not merely a possible spelling.
 *
 * Kiko for Francisco (Wikipedia's "Francisco": "'Kiko' is also used as a nickname"), added on 2026-12-06 (weak41):
 * probed on the bench, the Spanish spelling of Quico found no candidate.
 *
 * Lower case, letters only, folded as the matcher folds (Małgorzata → malgorzata).
 */
export const OTHER_LANGUAGES_NAMES = `
temitope: temi, tope
temidayo: temi, dayo
fiyinfoluwa: fiyin
oluwaseun: seun
oluwaseyi: seyi
oluwatobi: tobi
oluwatobiloba: tobi, tobiloba
tobiloba: tobi
oluwadamilare: dami, damilare
damilare: dami
oluwadamilola: dami, damilola, lola
damilola: dami, lola
oluwatosin: tosin
oluwatoyin: toyin
oluwafemi: femi
oluwakemi: kemi
oluwafunmilayo: funmi, funmilayo
funmilayo: funmi
oluwabunmi: bunmi
oluwatimilehin: timi, timilehin
timilehin: timi
ayomide: ayo
babatunde: tunde
olatunde: tunde
adewale: wale
olawale: wale
adebayo: bayo
modupe: dupe
olufunke: funke
oyindamola: oyin
olabisi: bisi
abisola: bisi, bisola
folasade: sade, fola
olufolasade: sade, fola, folasade
ayodeji: ayo, deji
ayodele: ayo, dele
oladele: dele
adeyemi: yemi
oluwayemisi: yemisi, yemi
oluwabukola: bukola, bukky
bukola: bukky
omolara: ~lara
titilayo: titi
olusola: sola
adesola: sola
chukwuemeka: emeka
chiamaka: amaka
ifeanyichukwu: ifeanyi
kosisochukwu: kosi
somtochukwu: somto
uchechukwu: uche
tochukwu: tochi
chinonso: nonso
chinedu: nedu
chidinma: dinma, chidi
nkechinyere: nkechi
kwabena = kobina
kwabena: kobby
kwadwo = kojo, kodjo, kwadjo
kwaku = kweku
kwasi = kwesi, akwasi
yaw = yao
adwoa = adjoa
afua = efua
akua = ekua
aleksandra = alexandra
aleksandra: ola, olka
aleksander = alexander
aleksander: olek, olus, alek
malgorzata: gosia, malgosia, gosha, ~margaret
katarzyna: kasia, kaska, kasienka, ~katherine, ~catherine
wojciech: wojtek, voytek, wojtus
krzysztof: krzys, krzysiek, ~christopher
jakub: kuba, kubus, ~jacob
tomasz: tomek, ~thomas, tomus
piotr: piotrek, ~peter, piotrus
grzegorz: grzesiek, grzes, ~gregory
bartosz: bartek
bartlomiej: bartek, ~bartholomew
maciej: maciek, macius, ~matthew
przemyslaw: przemek
stanislaw: staszek, stas, stach, ~stanley
zbigniew: zbyszek
dariusz: darek
jaroslaw: jarek
miroslaw: mirek
arkadiusz: arek
agnieszka: aga, agusia, ~agnes
magdalena: magda, madzia
zofia: zosia, zocha, ~sophia, ~sofia
zuzanna: zuza, zuzia, zuzka, ~susanna
krystyna: krysia
wiktoria = viktoria
wiktoria: wika, wikusia, wiki, ~victoria
wiktor = viktor
wiktor: ~victor
wojtek = voytek
malgosia = malgosha
jadwiga: jadzia
jurgis = yurgis
elzbieta: ela, elka, ~elizabeth
dmitri = dmitry, dmytro, dmitriy
dmitri: dima
ekaterina = yekaterina, kateryna
ekaterina: katya, katia, katyusha
svetlana: sveta, ~lana
aleksandr = alexander, oleksandr, alexandr, aleksander
aleksei = alexei, alexey, oleksiy, aleksey
aleksei: alyosha, lyosha
mikhail = mykhailo, mihail
mikhail: misha
vladimir = volodymyr
vladimir: vova, volodya
yevgeny = evgeny, evgeniy, yevhen
yevgeny: zhenya
nikolai = nikolay, mykola
nikolai: kolya
sergei = sergey, serhiy
sergei: seryozha
yuri = yury, yuriy, iurii
natalia = natalya, nataliya
natalia: natasha, natalka, ~natalie
tatiana = tatyana, tetiana
tatiana: tanya
olga = olha
olga: olya
yulia = yuliya, iuliia, julija
ksenia = kseniya, xenia
anastasiya = anastasia, anastasija
daria = darya, dariya, darja
mariya = maria, mariia, marija
sofiya = sofia, sofiia
andrei = andrey, andriy, andrii
maksim = maxim, maksym
artem = artyom, artiom
kirill = kiril, kyrylo
ilya = ilia, illia
timofei = timofey, tymofii
bogdan = bohdan
vasily = vasiliy, vasyl
yevgenia = evgenia, yevheniia
mukhammad = mohammed, mukhammed, mokhammed, mukhamed, mukhamad
ibrahim = ebrahim, ibraheem
khalid = khaled
mahmoud = mahmood, mahmud
mehmet = mehmed
zahra = zahraa
amir = ameer, emir
karim = kareem
rahim = raheem
hakim = hakeem
jamal = jamaal
nabil = nabeel
samir = sameer
bilal = belal
tariq = tarik, tareq
idris = idrees
jose: pepe, pepito, ze, zezinho, zeca, zeze, ~joseph
ignacio: nacho, nachito
manuel: manolo, manu, manel
guadalupe: lupe
giuseppe: peppe, beppe
giovanni: gianni
alessandro: sandro
francisco: paco, pancho, curro, quico, kiko, fran, chico, xico, chiquinho, ~francis
francisca: paca, paquita, pancha, chica, quica, chiquinha
josefa: pepa, pepita
jesus: chucho, chuy
enrique: quique, kike
guillermo: memo, guille
eduardo: lalo, edu, ~edward
alejandro: ale, jandro, ~alex
dolores: ~lola, lolita
concepcion: concha, conchita
rosario: charo
mercedes: merche, meche
vincenzo: ~enzo
salvatore: toto, turi
`;
