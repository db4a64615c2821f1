/**
 * Irish given names as English spelling writes their sound (read like the nickname table: `name:
 * forms`; `~form` is also a name of its own, an adult of that name may be somebody else). Irish
 * spelling says bh and mh as v or w, leaves dh and gh silent, says s before e or i as sh and ao as
 * ee; so Niamh is written Neeve, Caoimhe Keeva, Saoirse Seersha. The forms are the anglicised
 * spellings each name's Wikipedia article gives in its lead (e.g. "Niamh": Neve, Neave; "Siobhán":
 * Shevaun, Chevonne; "Tadhg": Teague, Tighe), with Wikipedia's "Irish orthography" for the
 * letters. Written by the project from those references, not copied from a data set. Lower case,
 * letters only, folded as the matcher folds (Róisín → roisin).
 */
export const IRISH_NAMES = `
niamh: neeve, ~neve, ~neave, ~nieve
caoimhe: keeva, kweeva, ~kiva
aoife: eefa, eefah, ~eva
saoirse: seersha, searsha, sersha
tadhg: taig, teige, ~teague, ~tighe
oisin: osheen, ~ossian
grainne: grania, granya
sinead: shinade, shanade
aisling: ashling, ~ashlyn
eoin: ~owen
ciara: ~keira, ~kiera, ~kira
ailbhe: ~alva
dearbhla: dervla
caoimhin: ~kevin
ruairi: ~rory
aodhan: ~aidan
sadhbh: sive
eimear: ~emer
una: oona
seamus: shamus
donnchadh: donagh, donough
`;
