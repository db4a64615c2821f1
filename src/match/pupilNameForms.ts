import type { Pupil } from '../model/records.js';
import { COMMON_FIRST_PARTS } from './data/commonFirstParts.js';
import { PARTICLES } from './data/surnameParticles.js';
import { TRADITION_MIDDLE_NAMES } from './data/traditionMiddleNames.js';
import type { RollName } from './rollNames.js';

/** Which of the pupil's forenames a form comes from. */
export const FORE_LEGAL = 0;
export const FORE_PREFERRED = 1;
/**
 * The first part of a compound forename that many share (Muhammad of Muhammad Rayyan, Syeda of
 * Syeda Amna): on its own it says little about which child an account is.
 */
export const FORE_COMMON_PART = 2;
/** Which of the pupil's surnames a form comes from; PART is one half of a double-barrelled surname. */
export const SUR_FULL = 0;
export const SUR_PREFERRED = 1;
export const SUR_PART = 2;

/** A pupil's names as the index files them: forms as [vocabulary id, kind], and the words themselves. */
export interface PupilNameForms {
  fores: [number, number][];
  surs: [number, number][];
  words: string[];
  surnames: string[];
  middleNames: readonly string[];
  accented: boolean;
}

/**
 * Reads one pupil's forename and surname forms (legal and preferred, as written and with ä as ae,
 * whole and in parts). Apart from the index so that its bookkeeping and the reading of names can be
 * read apart; `internFore` and `internSur` are called in the order that gives the vocabulary its ids.
 */
export function pupilNameForms(
  pupil: Pupil,
  readName: (raw: string | undefined) => RollName,
  internFore: (form: string) => number,
  internSur: (form: string) => number,
): PupilNameForms {
  const fores: [number, number][] = [];
  const surs: [number, number][] = [];
  // Arrays, not Sets: a pupil has a handful of names, and a Set for so few is mostly overhead.
  const words: string[] = [];
  const surnames: string[] = [];
  const addOnce = (list: string[], word: string): void => {
    if (!list.includes(word)) list.push(word);
  };
  let accented = false;
  const read = (raw: string | undefined): readonly string[] => {
    const name = readName(raw);
    if (name.accented) accented = true;
    for (const part of name.parts) addOnce(words, part);
    return name.parts;
  };
  const addFore = (raw: string | undefined, kind: number): void => {
    const parts = read(raw);
    if (parts.length === 0) return;
    fores.push([internFore(parts.join('')), kind]);
    if (parts.length < 2) return;
    if (COMMON_FIRST_PARTS.has(parts[0]!)) {
      // Muhammad Rayyan goes by Rayyan; Muhammad alone could be any of many boys.
      fores.push([internFore(parts.slice(1).join('')), kind]);
      fores.push([internFore(parts[0]!), FORE_COMMON_PART]);
    } else {
      fores.push([internFore(parts[0]!), kind]);
    }
  };
  const addSur = (raw: string | undefined, kind: number): void => {
    const parts = read(raw);
    if (parts.length === 0) return;
    const whole = parts.join('');
    addOnce(surnames, whole);
    surs.push([internSur(whole), kind]);
    if (parts.length < 2) return;
    for (const part of parts) {
      if (part.length < 2 || PARTICLES.has(part)) continue;
      addOnce(surnames, part);
      surs.push([internSur(part), SUR_PART]);
    }
  };
  for (const raw of [pupil.legalForename, readName(pupil.legalForename).digraphs]) addFore(raw, FORE_LEGAL);
  for (const raw of [pupil.preferredForename, readName(pupil.preferredForename).digraphs]) addFore(raw, FORE_PREFERRED);
  for (const raw of [pupil.legalSurname, readName(pupil.legalSurname).digraphs]) addSur(raw, SUR_FULL);
  for (const raw of [pupil.preferredSurname, readName(pupil.preferredSurname).digraphs]) addSur(raw, SUR_PREFERRED);
  const middleNames = read(pupil.middleNames);
  return { fores, surs, words, surnames, middleNames, accented };
}

/**
 * The middle names a pupil may go by instead of the forename (Thomas James Smith known as James): whole words, not an
 * initial, nor a name every member of a tradition bears (Kaur, Thi), which is nobody's name alone.
 */
export function middleNamesGoneBy(middleNames: readonly string[]): string[] {
  return middleNames.filter((name) => name.length >= 2 && !TRADITION_MIDDLE_NAMES.has(name));
}
