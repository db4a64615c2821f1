/**
 * Two ways a pupil writes a name that the bench's other kinds do not (generator 30), and the adults
 * each may be confused with, at rates fixed before the engine read either:
 *
 * - `pet_name_of_its_own`: a pet form of the forename that is a given name of its own (Elsie, Lisa,
 *   Lily for Elizabeth; Daisy, Greta, Maisie for Margaret; Poppy, Pippa for Penelope), beside the
 *   whole surname, a kind's count of rows. Worth a look, no more: another person may be called so.
 *   Its trap, `relative_pet_name`: the pupil's relative (the pupil's surname) bearing one of those
 *   names as their own, at twice a kind's count, as the bench's other forename traps are.
 * - `forename_year_form`: a forename alone and the pupil's year group run on to their form's letter
 *   (`emma9b`, `emma_9b` for Emma in 9B), from Year 5, a kind's count. Worth a look, no more. Its trap,
 *   `adult_forename_number_letter`: adults bearing a pupil's forename writing it with a number of
 *   1 to 13 and a letter (`sarah7j`), at twice a kind's count.
 *
 * - `surname_romanisation` (generator 30 too, fixed before the engine read it): a pupil surnamed Lee,
 *   the Cantonese and English spelling of the surname Mandarin's pinyin writes Li, written as Li, a
 *   kind's count of rows (the bench's only Chinese surname). Worth a look, no more.
 *
 * The pet names here are the generator's own, from the names' Wiktionary entries ("Diminutives"), written
 * apart from the engine's tables.
 */

const EMOJI = ['✨', '💕', '🌸', '⚽', '🔥', '💙', '🦋', '👑', '🎮'];

/** The generator's own pet forms that are names of their own, by the forename they come from. */
export const PET_NAMES_OF_THEIR_OWN = {
  Elizabeth: ['Elsie', 'Lisa', 'Lily', 'Elsa', 'Ellie', 'Ella'],
  Margaret: ['Daisy', 'Greta', 'Maisie', 'Rita', 'Margot'],
  Penelope: ['Poppy', 'Pippa'],
  Eliza: ['Elsie'],
  Harriet: ['Hetty'],
  Isabelle: ['Issy'],
};

/** A pupil's row in a pet name of its own, or null where the forename has none. */
export function petNameRow(p, rnd, plain) {
  const forms = PET_NAMES_OF_THEIR_OWN[p.fore];
  if (!forms) return null;
  const form = rnd.pick(forms);
  return rnd.chance(0.7)
    ? { row: { displayName: `${form} ${p.sur}` }, form }
    : {
        row: { displayName: rnd.chance(0.5) ? form : '', username: `${plain(form)}.${plain(p.sur)}` },
        form,
      };
}

/** A relative's row: one of the pupil's forename's pet names borne as their own, beside the pupil's surname. */
export function relativePetNameRow(p, rnd) {
  const forms = PET_NAMES_OF_THEIR_OWN[p.fore];
  if (!forms) return null;
  return {
    row: { displayName: `${rnd.pick(forms)} ${p.sur}` },
    label: { kind: 'relative_pet_name', trap: true, expect: 'none', pupil: p.id },
  };
}

/** A pupil's forename and their form (year group and letter: `9B`) in the handle, or null without one. */
export function forenameYearFormRow(p, rnd, plain) {
  const form = /^(\d{1,2})([A-Za-z])$/.exec(p.reg ?? '');
  // A child under 9 (Year 4 and below) has no account of their own: a parent's, if anybody's.
  if (!form || p.former || Number(form[1]) < 5) return null;
  const f = plain(p.fore);
  const written = `${form[1]}${form[2].toLowerCase()}`;
  const shown = rnd.next();
  return {
    displayName: shown < 0.4 ? p.fore : shown < 0.6 ? `${p.fore} ${rnd.pick(EMOJI)}` : '',
    username: rnd.pick([`${f}${written}`, `${f}_${written}`, `${f}.${written}`]),
  };
}

/** An adult bearing a pupil's forename writing it with a number of 1 to 13 and a letter (`sarah7j`). */
export function adultForenameNumberLetterRow(fore, sur, rnd, plain) {
  const letter = 'abcdefghjmnprstw'[rnd.int(16)];
  const shown = rnd.next();
  return {
    row: {
      displayName: shown < 0.5 ? `${fore} ${sur}` : shown < 0.7 ? fore : '',
      username: `${plain(fore)}${rnd.chance(0.5) ? '' : '_'}${1 + rnd.int(13)}${letter}`,
    },
    label: { kind: 'adult_forename_number_letter', trap: true, expect: 'none' },
  };
}

/**
 * Every row of the two kinds and their traps: `count` a kind's count; `unique` the pupils in scope whose
 * whole name nobody else in scope has; `currentTrapSafe` current pupils nobody else may be taken for;
 * `othersNamed(fore, sur, pupil, strict)` the other pupils in scope who may go by a name.
 */
export function weakFormRows({ unique, currentTrapSafe, count, rnd, plain, othersNamed, dateAfter }) {
  const rows = [];
  const dated = (p) => (rnd.chance(0.85) ? dateAfter(p.dob) : undefined);
  const adultDate = () =>
    rnd.chance(0.85) ? `20${10 + rnd.int(17)}-0${1 + rnd.int(9)}-${10 + rnd.int(18)}` : undefined;
  const withPets = unique.filter((p) => PET_NAMES_OF_THEIR_OWN[p.fore]);
  for (let i = 0, placed = 0; withPets.length > 0 && placed < count && i < 20 * count; i++) {
    const p = rnd.pick(withPets);
    const made = petNameRow(p, rnd, plain);
    // Another pupil in scope who may go by the name (not the pupil, whom the engine's table may already give it).
    if (!made || othersNamed(made.form, p.sur, p, true).length > 0) continue;
    rows.push({
      row: { ...made.row, connectedOn: dated(p) },
      label: { kind: 'pet_name_of_its_own', pupil: p.id, expect: 'review' },
    });
    placed++;
  }
  const trapPets = currentTrapSafe.filter((p) => PET_NAMES_OF_THEIR_OWN[p.fore]);
  for (let i = 0; trapPets.length > 0 && i < 2 * count; i++) {
    const made = relativePetNameRow(rnd.pick(trapPets), rnd);
    if (made) rows.push({ row: { ...made.row, connectedOn: adultDate() }, label: made.label });
  }
  for (let i = 0, placed = 0; placed < count && i < 20 * count; i++) {
    const p = rnd.pick(unique);
    const row = forenameYearFormRow(p, rnd, plain);
    if (!row) continue;
    rows.push({
      row: { ...row, connectedOn: dated(p) },
      label: { kind: 'forename_year_form', pupil: p.id, expect: 'review' },
    });
    placed++;
  }
  const lees = unique.filter((p) => p.sur === 'Lee');
  for (let i = 0; lees.length > 0 && i < count; i++) {
    const p = rnd.pick(lees);
    rows.push({
      row: { displayName: `${p.fore} Li`, connectedOn: dated(p) },
      label: { kind: 'surname_romanisation', pupil: p.id, expect: 'review' },
    });
  }
  for (let i = 0; i < 2 * count; i++) {
    const p = rnd.pick(currentTrapSafe);
    const made = adultForenameNumberLetterRow(p.fore, rnd.pick(currentTrapSafe).sur, rnd, plain);
    rows.push({ row: { ...made.row, connectedOn: adultDate() }, label: made.label });
  }
  return rows;
}
