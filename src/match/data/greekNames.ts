/**
 * Greek and Greek Cypriot given names as UK rolls and connection lists write them: the spellings
 * one name takes in the Latin alphabet (`name = other`) and the short forms and pet names people go
 * by (`name: forms`; `~form` is also a name of its own, often the English counterpart: an adult
 * George beside a pupil Georgios may be his grandfather, so it is found for review, never flagged).
 * Read like the nickname table.
 *
 * Where the entries come from: the romanisation of ELOT 743 (ISO 843, used on Greek passports:
 * Georgios, Panagiotis, Charalampos) beside the traditional English and Cypriot spellings (γ as y
 * before e and i, γι as yi or gi, χ as h or ch, μπ as mb: Yiorgos, Panayiotis, Haralambos,
 * Kyriacos), as Wikipedia's "Romanization of Greek" sets them out; the colloquial forms and
 * diminutives each name's Wiktionary entry and Wikipedia's "Greek name" list (Giorgos, Kostas,
 * Panos, Stelios, Voula, Yiota). Written by the project from those references, not copied from a
 * data set; a form belongs here only when it is in use as that name. Lower case, letters only,
 * folded as the matcher folds.
 */
export const GREEK_NAMES = `
georgios = giorgos, yiorgos, yorgos, georgious
georgios: ~george, giorgakis
ioannis = giannis, yiannis, yannis, ioannes
ioannis: ~john, giannakis
konstantinos = constantinos, kostantinos, costantinos
konstantinos: kostas, costas, dinos, kostakis, ~constantine
dimitrios = demetrios, dimitris, demetris
dimitrios: mitsos, ~jim
panagiotis = panayiotis, panayotis, panagiotes
panagiotis: panos, notis, takis
christos = hristos, khristos
nikolaos = nicolaos
nikolaos: nikos, nicos, ~nick, ~nicholas
evangelos = evaggelos
evangelos: vangelis, vaggelis
vasileios = vasilios, vassilios, vasilis, vassilis
vasileios: ~basil
athanasios = athanasius
athanasios: thanasis, thanos, sakis
theodoros = thodoros, thodoris
theodoros: ~theo
spyridon = spiridon
spyridon: spyros, spiros
stylianos = stelianos
stylianos: stelios
charalambos = haralambos, charalampos, haralampos
charalambos: babis, bambos
kyriakos = kyriacos, kiriakos
michail = michalis, mihalis
michail: ~michael
alexandros: alexis, ~alex
eleni: ~helen, ~lena
aikaterini = ekaterini
aikaterini: ~katerina, ~kate
paraskevi: voula, evi
panagiota = panayiota
panagiota: yiota, giota
georgia = yiorgia, giorgia
dimitra = demetra
chrysoula = chrisoula, hrysoula
androulla = androula
despina = despoina
konstantina = constantina
konstantina: ntina, ~dina
vasiliki = vassiliki
vasiliki: vaso, ~vicky
`;
