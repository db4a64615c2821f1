import { DIMINUTIVE_SPELLINGS, PET_FORM_SHORTEST_STEM } from './data/petFormEndings.js';

const VOWEL_LAST = /[aeiouy]$/;

/**
 * A short form's other spellings of its diminutive ending (`tilly` → tillie, tilley, tilli), or none where it
 * has no such ending after a consonant on a beginning of three letters or more (Evie, Joey, Amy have none:
 * their beginnings are too short for another spelling to be the same name rather than another).
 */
export function respeltForms(form: string): string[] {
  for (const ending of DIMINUTIVE_SPELLINGS) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, form.length - ending.length);
    if (stem.length < PET_FORM_SHORTEST_STEM || VOWEL_LAST.test(stem)) return [];
    return DIMINUTIVE_SPELLINGS.filter((other) => other !== ending).map((other) => stem + other);
  }
  return [];
}
