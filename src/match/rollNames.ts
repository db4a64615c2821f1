import { FOLD, foldNameText } from '../normalise/nameText.js';
import { visibleText } from '../normalise/visibleText.js';

/** A name as the roll gives it, read once: its words, whether it has accents, its ä-as-ae spelling. */
export interface RollName {
  parts: readonly string[];
  accented: boolean;
  digraphs: string | undefined;
}
const NO_NAME: RollName = { parts: [], accented: false, digraphs: undefined };

/** Reads names from the roll as words, each remembered: a trust's 50,000 pupils share a few thousand. */
export function rollNameReader(): (raw: string | undefined) => RollName {
  const read = new Map<string, RollName>();
  return (raw) => {
    if (!raw) return NO_NAME;
    let name = read.get(raw);
    if (!name) {
      // A roll exported with escapes or invisible characters in a name reads as its letters.
      const visible = visibleText(raw);
      name = {
        parts: nameWords(visible),
        accented: (foldNameText(visible)[0]!.marks & FOLD.ACCENTS) !== 0,
        digraphs: digraphSpelling(visible),
      };
      read.set(raw, name);
    }
    return name;
  };
}

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
function digraphSpelling(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const spelt = raw.normalize('NFC').replace(/[äöüøåÄÖÜØÅ]/g, (letter) => DIGRAPHS[letter]!);
  return spelt === raw.normalize('NFC') ? undefined : spelt;
}
