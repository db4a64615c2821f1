/**
 * Given names of Polish, Lithuanian, Romanian, Portuguese, Dutch and German families with the
 * English name each is the counterpart of (Jan and John, Jonas and John, Ion and John, João and
 * John), which a child of the family may go by in England, and which is also a name of its own:
 * written `~form` (read like the nickname table), so an adult John Nowak beside a pupil Jan Nowak
 * is found for review, never flagged (he may well be her father). Spellings of one name in two
 * alphabets' conventions (Iulia and Julia, Tiago and Thiago) are written `=`; the usual short
 * forms of Dutch and German names that the other tables lack are written `name: form`.
 *
 * Where the entries come from: each name's Wiktionary entry (en.wiktionary.org, the given name's
 * "Translations", "Related terms" or "Cognates", e.g. Jan: "Polish equivalent of English John";
 * Jonas: "Lithuanian form of John"; Ion: "Romanian form of John"; João: "Portuguese form of John")
 * and the English-language Wikipedia articles that list a name's forms by language ("John (given
 * name)", "Peter (given name)", "Michael", "Joseph (given name)", "Catherine", "Margaret",
 * "Elizabeth"); the Dutch and German short forms as Wikipedia's "Dutch name" and the names'
 * Wiktionary entries give them (Bram for Abraham, Guus for Gustaaf, Sander for Alexander, Basti
 * for Sebastian). Written by the project from those references, not copied from a data set; a
 * line belongs here only where the form is in use for that name. Lower case, letters only,
 * folded as the matcher folds (Józef → jozef, João → joao). A name that already has a line of its kind
 * in another table takes these forms on that line (Jan: ~John is in `otherLanguagesNames.ts`,
 * Ion: ~John in `diminutives.ts`, Alexander: Sander in `nicknameTable.ts`), as the tables' test asks.
 */
export const ENGLISH_EQUIVALENTS = `
jozef: jozek, jozio, ~joseph
marcin: ~martin
klaudia: ~claudia
patrycja: ~patricia
lilianna: ~liliana, ~lillian
karolina: ~caroline, ~carolina
dominik: ~dominic
patryk: ~patrick
krystian: ~christian
konrad: ~conrad
oliwer: ~oliver
oliwier: ~oliver
lukasz: ~lucas, ~luke
henryk: ~henry
ryszard: ~richard
sylwia: ~sylvia
iwona: ~yvonne
nikola: ~nicola
marta: ~martha
borys: ~boris
juliusz: ~julius
marek: ~mark
tomas: ~thomas
matas: ~matthew
dominykas: ~dominic
jokubas: ~jacob
paulius: ~paul
mykolas: ~michael
aleksandras: ~alexander
deividas: ~david
nojus: ~noah
benas: ~ben
emilija: ~emily, ~emilia
ieva: ~eva, ~eve
kamile: ~camille
gabriele: ~gabrielle
justinas: ~justin
augustas: ~augustus
kristijonas: ~christian
viktorija: ~victoria
marija: ~maria, ~mary
sofija: ~sophia, ~sofia
ioana: ~joanna
andrei: ~andrew
petru: ~peter
teodora: ~theodora
andreea: ~andrea
irina: ~irene
iulia = julia
iuliana = juliana
iulian = julian
miguel: ~michael
henrique: ~henry
tiago = thiago
afonso: ~alfonso
martim: ~martin
matilde: ~matilda
catarina: ~catherine, ~katherine
ines: ~agnes
luisa: ~louise
joana: ~joanna
vitoria = victoria
luis: ~louis, ~lewis
ricardo: ~richard
paulo: ~paul
marcos: ~mark, ~marcus
johann: ~john
maarten: ~martin
jeroen: ~jerome
daan: ~daniel
matthijs: thijs, ~matthew
dirk: ~derek
abraham: bram
gustaaf: guus
sebastiaan: bas
niklas: ~nick
nikolaus: klaus
wilhelm: willi, ~william
karl: ~charles
josef: ~joseph
georg: ~george
ludwig: ~louis
margarethe: grete, gretchen, ~margaret
christoph: ~christopher
jakob: ~jacob
mathilde: ~matilda
stefanie: steffi
matthias: matze
`;
