import { isKnownSurname } from './isKnownSurname.js';
import type { NameRelation, NicknameBook } from './nicknames.js';
import { slavicSpellings, surnameSpellingsOf } from './surnameSpellings.js';
import { type ForeHit, NO_FACTS, type SurHit, type WordFacts } from './WordFacts.js';

/** A vocabulary word's roles (bits): a pupil's forename form, a pupil's surname form. */
export const ROLE_FORE = 1;
export const ROLE_SUR = 2;
const SURNAME_PET_ENDINGS = ['y', 'ie', 'ey', 'o', 'sy', 'er'];

/** What `wordFactsOf` reads of PupilIndex's vocabulary. */
export interface Vocabulary {
  idOf(word: string): number;
  /** Each word id's roles (`ROLE_FORE`, `ROLE_SUR`). */
  readonly roles: readonly number[];
  readonly book: NicknameBook;
  /** A pinyin forename's Wade–Giles spelling → the forename forms it spells (Tzuhan → zihan). */
  readonly romanised: ReadonlyMap<string, readonly number[]>;
}

/** What the roll and the nickname book say of one word of an account's name (PupilIndex remembers it). */
export function wordFactsOf(word: string, vocabulary: Vocabulary): WordFacts {
  const { roles, book } = vocabulary;
  const id = vocabulary.idOf(word);
  const role = id >= 0 ? roles[id]! : 0;
  const fore: ForeHit[] = role & ROLE_FORE ? [{ id, relation: 'exact' }] : [];
  for (const [form, relation] of book.formsOf(word)) {
    const formId = vocabulary.idOf(form);
    // formsOf(word) reads from the account's side: `word` is a nickname of `form` when `form` would
    // call `word` its nickname, i.e. the book relates word → form as a fuller form.
    if (formId < 0 || !(roles[formId]! & ROLE_FORE)) continue;
    const read = invert(relation);
    fore.push({
      id: formId,
      relation: read === 'nickname' && book.isSharedForm(word, form) ? 'sharedForm' : read,
    });
  }
  for (const formId of vocabulary.romanised.get(word) ?? []) fore.push({ id: formId, relation: 'variant' });
  const sur: SurHit[] = role & ROLE_SUR ? [{ id, relation: 'exact' }] : [];
  for (const ending of SURNAME_PET_ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const stemId = vocabulary.idOf(word.slice(0, -ending.length));
    if (stemId >= 0 && roles[stemId]! & ROLE_SUR) sur.push({ id: stemId, relation: 'pet' });
  }
  addVariants(sur, surnameSpellingsOf(word), vocabulary);
  addVariants(sur, slavicSpellings(word), vocabulary);
  const knownSurname = (role & ROLE_SUR) !== 0;
  let facts: WordFacts = {
    id,
    fore,
    sur,
    knownGiven: (role & ROLE_FORE) !== 0 || book.isKnownGivenName(word),
    knownSurname,
    realSurname: knownSurname || isKnownSurname(word),
  };
  if (id < 0 && fore.length === 0 && sur.length === 0 && !facts.knownGiven && !facts.realSurname) facts = NO_FACTS;
  return facts;
}

/** Each spelling that is a pupil's surname form, as a variant, unless already a hit (in the order given). */
function addVariants(sur: SurHit[], spellings: readonly string[], vocabulary: Vocabulary): void {
  for (let i = 0; i < spellings.length; i++) {
    const spellingId = vocabulary.idOf(spellings[i]!);
    if (spellingId >= 0 && vocabulary.roles[spellingId]! & ROLE_SUR && !sur.some((hit) => hit.id === spellingId))
      sur.push({ id: spellingId, relation: 'variant' });
  }
}

function invert(relation: NameRelation): ForeHit['relation'] {
  return relation === 'fullForm' ? 'nickname' : relation === 'nickname' ? 'fullForm' : relation;
}
