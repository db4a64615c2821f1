import { foldNameText } from '../normalise/nameText.js';

/** A name as the roll gives it, read once: its words, whether it has accents, its ä-as-ae spelling. */
export interface RollName {
  parts: readonly string[];
  accented: boolean;
  digraphs: string | undefined;
}
export const NO_NAME: RollName = { parts: [], accented: false, digraphs: undefined };

/** A pupil's name as folded words (digits and leetspeak symbols dropped). */
export function nameWords(raw: string | undefined): string[] {
  if (!raw) return [];
  const text = foldNameText(raw)[0]!
    .text.replace(/[^a-z ]+/g, ' ')
    .trim();
  return text ? text.split(' ') : [];
}

const DIGRAPHS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ø: 'oe',
  å: 'aa',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  Ø: 'Oe',
  Å: 'Aa',
};

/**
 * A name with ä, ö, ü, ø or å as people write it on a keyboard without them (Müller → Mueller,
 * Jørgen → Joergen), or undefined when it has none. Folding alone gives Muller and Jorgen.
 */
export function digraphSpelling(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const spelt = raw.normalize('NFC').replace(/[äöüøåÄÖÜØÅ]/g, (letter) => DIGRAPHS[letter]!);
  return spelt === raw.normalize('NFC') ? undefined : spelt;
}
