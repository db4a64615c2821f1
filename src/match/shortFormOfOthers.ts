import type { NicknameBook } from './nicknames.js';

const known = new WeakMap<NicknameBook, Map<string, boolean>>();

/**
 * Whether `form`, a usual short form of a pupil's `forenames`, is as usual a short form of another name (Sam of
 * Samantha as of Samuel, Lukey of Luke as of Lucas): a sister, brother or parent of that other name
 * writes it beside the family's surname as the pupil would (family39). Spellings of one name are one name.
 */
export function shortFormOfOthers(book: NicknameBook, form: string, forenames: readonly string[]): boolean {
  let byForm = known.get(book);
  if (!byForm) {
    byForm = new Map();
    known.set(book, byForm);
  }
  const key = `${form}>${forenames.join(' ')}`;
  let answer = byForm.get(key);
  if (answer === undefined) {
    answer = false;
    for (const [name, relation] of book.formsOf(form))
      if (
        relation === 'fullForm' &&
        forenames.every((own) => name !== own && book.formsOf(own).get(name) !== 'variant')
      ) {
        answer = true;
        break;
      }
    byForm.set(key, answer);
  }
  return answer;
}
