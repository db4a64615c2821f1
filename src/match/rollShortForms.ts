import type { Pupil } from '../model/records.js';
import {
  createNicknameBook,
  type NicknameBook,
  type NicknameTableEntry,
  parseNicknameTable,
  sharedNicknameBook,
} from './nicknames.js';
import { nameWords } from './rollNames.js';

/**
 * The letters a short form keeps of the forename it shortens (Kie of Kieran, Mills of Millie, Ife of
 * Ifeoluwa): a preferred forename that begins otherwise is another name the pupil goes by (an English
 * name, Kevin for Junjie), which says nothing of how others of that forename write it.
 */
const KEPT_BEGINNING = 3;

/**
 * Short forms of forenames that the roll itself shows pupils going by (a Kieran on the roll as Kie, a
 * Millie as Mills) and the book does not know: the school's own usage, read from its MIS, so that another
 * Kieran writing Kie beside his surname is found too. Learnt from one pupil's choice, each is read as a
 * shared short form (`~`): weighed as one (`SHARED_FORM`), never a flag.
 */
export function rollShortForms(pupils: readonly Pupil[], book: NicknameBook): NicknameTableEntry[] {
  const learnt = new Map<string, Set<string>>();
  for (const pupil of pupils) {
    if (!pupil.preferredForename) continue;
    const legal = nameWords(pupil.legalForename);
    const preferred = nameWords(pupil.preferredForename);
    if (legal.length !== 1 || preferred.length !== 1) continue;
    const [name, form] = [legal[0]!, preferred[0]!];
    if (form.length < KEPT_BEGINNING || form.length >= name.length) continue;
    if (form.slice(0, KEPT_BEGINNING) !== name.slice(0, KEPT_BEGINNING)) continue;
    if (book.formsOf(name).has(form)) continue;
    // A name of its own (George for a Georgia, Kate for a Katie, Jack for a Jacob) is borne by fathers, mothers and
    // other adults beside the family's surname: measured on a spent trust, they added reviews of adults, so the roll
    // teaches only forms that are no name of their own.
    if (book.isKnownGivenName(form) && !book.isOnlyShortForm(form)) continue;
    let forms = learnt.get(name);
    if (!forms) {
      forms = new Set();
      learnt.set(name, forms);
    }
    forms.add(form);
  }
  return [...learnt].map(([head, forms]) => ({ head, kind: ':', forms: [...forms], shared: [...forms] }));
}

/** The roll's short forms: the book they are read with, and the forms learnt, each with the forenames it shortens. */
export interface RollForms {
  nicknames: NicknameBook;
  learnt: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The project's book with the roll's own short forms added (`rollShortForms`); the shared book when the roll teaches none. */
export function bookWithRollForms(pupils: readonly Pupil[]): RollForms {
  const book = sharedNicknameBook();
  const entries = rollShortForms(pupils, book);
  const learnt = new Map<string, Set<string>>();
  for (const { head, forms } of entries)
    for (const form of forms) {
      let heads = learnt.get(form);
      if (!heads) {
        heads = new Set();
        learnt.set(form, heads);
      }
      heads.add(head);
    }
  return {
    nicknames: entries.length === 0 ? book : createNicknameBook([...parseNicknameTable(), ...entries]),
    learnt,
  };
}

/**
 * Whether a candidate read as a shared short form may rest on a form the roll taught (`rollShortForms`): its pupil's
 * forename has one and the account's names hold it. Such pairs are weighed but kept out of the audit's own estimates,
 * so that every other pair is weighed as before (counted, one such pupil moved the prior and a whole name's share
 * crossed the 2 % floor on a spent trust).
 */
export function readByRollForm(
  learnt: ReadonlyMap<string, ReadonlySet<string>>,
  forenames: readonly string[],
  letters: string,
): boolean {
  for (const [form, heads] of learnt)
    if (letters.includes(form) && forenames.some((name) => heads.has(name))) return true;
  return false;
}
