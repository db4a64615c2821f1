import { createNicknameBook } from '../match/nicknames.js';

/**
 * The other forms of a forename the matcher knows, both ways (Alfie for Alfred, Alfred for
 * Alfie): a search for pupils by name finds whom the audit would. Built once per call.
 */
export function forenameForms(): (forename: string) => Iterable<string> {
  const nicknames = createNicknameBook();
  return (forename) => nicknames.formsOf(forename).keys();
}
