import type { Pupil } from '../model/records.js';
import { monthOf } from './monthOf.js';
import type { NamesakeRate } from './NamesakeRate.js';
import type { NameTerms } from './NameTerms.js';
import type { NameWords } from './NameWords.js';

/** Counts each pupil's forenames and surnames (legal and preferred) into the lists' terms and the namesake rate. */
export function noteRoll(
  pupils: readonly { pupil: Pupil }[],
  words: NameWords,
  terms: Pick<NameTerms, 'notePupil'>,
  namesakes: Pick<NamesakeRate, 'notePupil'>,
): void {
  for (const { pupil: p } of pupils) {
    const forenames = [words.first(p.legalForename), words.first(p.preferredForename)].filter(Boolean);
    const surnames = [words.last(p.legalSurname), words.last(p.preferredSurname)].filter(Boolean);
    terms.notePupil(forenames, surnames);
    namesakes.notePupil(forenames, surnames, p.dob ? monthOf(p.dob) : undefined);
  }
}
