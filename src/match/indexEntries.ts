/** Keys of initial × surname: a letter's code above any surname's id, within V8's small integers. */
const SHIFT = 2 ** 21;

/**
 * Index entries are small integers packing a pupil's place with which of their names the forms
 * are (two bits each); each kind is packed by its `of` and read by the others.
 */
/** A pair entry (`pair`): the pupil, and which of their forenames and surnames the forms are. */
export const pairEntry = {
  of: (pupil: number, fore: number, sur: number): number => (pupil << 4) | (fore << 2) | sur,
  pupil: (entry: number): number => entry >> 4,
  fore: (entry: number): number => (entry >> 2) & 3,
  sur: (entry: number): number => entry & 3,
};
/** A forename entry (`forename`, `forenameWithInitial`): the pupil, and which of their forenames the form is. */
export const forenameEntry = {
  of: (pupil: number, fore: number): number => (pupil << 2) | fore,
  pupil: (entry: number): number => entry >> 2,
  fore: (entry: number): number => entry & 3,
};
/** An initial entry (`initialPair`): the pupil, and which of their surnames the form is. */
export const initialEntry = {
  of: (pupil: number, sur: number): number => (pupil << 3) | sur,
  pupil: (entry: number): number => entry >> 3,
  sur: (entry: number): number => entry & 3,
};

/** The `initialPairs` key of a forename's first letter (its code) and a surname form. */
export function initialKey(letterCode: number, surId: number): number {
  return letterCode * SHIFT + surId;
}

/** The `forenameInitials` key of a forename form and a surname's first letter (0–25). */
export function forenameInitialKey(foreId: number, letter: number): number {
  return foreId * 32 + letter;
}
