import type { Connection, Pupil } from '../model/records.js';
import { plainWords } from './plainWords.js';
import { firstWord } from './TrustRoll.js';

/**
 * Which of the pupil's forenames (legal or preferred, as the lists' tallies read them) an account read as
 * that forename alone writes: a word of its display name, or the start or end of a word of its username
 * (`poppy11`, `x.poppy`). Undefined where it writes neither (a pet form alone, `Bella` for Isabelle): the
 * lists' count of the pupil's forename then says nothing about the account's.
 */
export function forenameWritten(
  pupil: Pupil,
  connection: Pick<Connection, 'displayName' | 'username'>,
): string | undefined {
  const names = [firstWord(pupil.legalForename), firstWord(pupil.preferredForename)].filter((n) => n.length > 1);
  if (names.length === 0) return undefined;
  const display = connection.displayName ? plainWords(connection.displayName) : [];
  const handle = connection.username ? plainWords(connection.username) : [];
  for (const name of names) {
    if (display.includes(name)) return name;
    if (handle.some((word) => word.startsWith(name) || word.endsWith(name))) return name;
  }
  return undefined;
}
