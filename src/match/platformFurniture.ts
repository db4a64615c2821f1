/**
 * What platforms and naming customs add to a name that is no name of its own, and must never be
 * read as an initial or a forename: LinkedIn's profile suffix (`andrea-wilkinson-c0451725`), and
 * the prefixes that belong to the surname after them (`Sunita Ó Súilleabháin`'s surname is
 * Ó Súilleabháin; `Omar al-Hassan`'s al is no Al; `Jack van Dijk`'s van no Van).
 */

import { JOB_WORDS, TRADE_SURNAMES, WORKER_WORDS } from './data/jobWords.js';
import { isKnownSurname } from './isKnownSurname.js';

/**
 * LinkedIn adds `-` and five to twelve letters and digits to a profile address when the name is
 * taken: digits (at least two) with letters that spell nothing (no three in a row), unlike a year
 * group (`-yr10`) or a year (`-2012`, digits only, kept).
 */
const PROFILE_SUFFIX = /-([0-9a-z]{5,12})\/?$/i;

/** `andrea-wilkinson-c0451725` → `andrea-wilkinson`; other handles as they are. */
export function withoutProfileSuffix(handle: string): string {
  if (!handle.includes('-')) return handle;
  const match = PROFILE_SUFFIX.exec(handle);
  if (!match || match.index === 0) return handle;
  const suffix = match[1]!;
  const digits = suffix.replace(/[^0-9]/g, '').length;
  if (digits < 2 || digits === suffix.length || /[a-z]{3}/i.test(suffix) || /^(?:y|yr|year)\d+$/i.test(suffix))
    return handle;
  return handle.slice(0, match.index);
}

/**
 * Prefixes joined to the word after them, wherever a forename has come before: Irish (Ó, Ní, Nic,
 * Mac, Mc, Ua), Dutch and German (van, von, der, den, ter), Arabic (al-, el-, bin, binti, ibn),
 * Welsh (ap). Van, von, bin, de, da, di, del, la, le and du only in lower case, as in `Maria da
 * Silva`: capitalised they may be a name of their own (Vietnamese Văn and Lê, Chinese Bin, Di, Del).
 * The accented Ó, Ní and Ua begin a surname even first (`Ó Súilleabháin, Sunita`).
 */
const ANYWHERE = /(^|[\s,])(Ó|ó|Ní|ní|Ua)[\s-]+(?=\p{L}{2})/gu;
const AFTER_A_NAME =
  /(?<=\p{L}[^\p{L},]*[\s])((?:Nic|nic|Mac|mac|Mc|mc|van|von|der|den|ter|bin|binti|Binti|ibn|Ibn|ap|Ap|de|da|di|del|della|la|le|du|dos|das)[\s]+|(?:al|Al|el|El)[-\s]+)(?=\p{L}{2})/gu;

/** A display name with its surname prefixes joined to the surname (`Ó Súilleabháin` → `ÓSúilleabháin`). */
export function joinNamePrefixes(name: string): string {
  if (!mayHavePrefix(name)) return name;
  let joined = name.replace(ANYWHERE, '$1$2');
  // Twice, for two prefixes in a row (`de la Cruz`, `van der Berg`).
  for (let i = 0; i < 2; i++) joined = joined.replace(AFTER_A_NAME, (prefix) => prefix.replace(/[\s-]+$/, ''));
  return joined;
}

/** Prefixes joined in a handle after a first word (`omar_al_hassan`, `jack.van.dijk`, `sunita_o_suilleabhain`). */
const HANDLE_PREFIX = /(?<=[a-z][._-])(o|nic|mac|mc|van|von|der|den|bin|binti|ibn|al|el)[._-](?=[a-z]{2})/gi;

export function joinHandlePrefixes(handle: string): string {
  if (!mayHavePrefix(handle)) return handle;
  let joined = handle;
  for (let i = 0; i < 2; i++) joined = joined.replace(HANDLE_PREFIX, '$1');
  return joined;
}

/**
 * Most names have no short word between separators: a cheap look before the regular expressions
 * (a million rows come through here).
 */
function mayHavePrefix(text: string): boolean {
  let letters = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const separator = code === 0x20 || code === 0x2d || code === 0x5f || code === 0x2e || code === 0x2c;
    if (separator) {
      if (letters >= 1 && letters <= 5) return true;
      letters = 0;
    } else if (letters >= 0) {
      letters++;
    }
  }
  return /^(?:Ó|ó|Ní|ní|Ua)[\s-]/u.test(text);
}

/**
 * Words of a job after a separator (`data/jobWords.ts`), where none is a surname (Head, Sales, Nurse are surnames
 * before it): the account is an adult's.
 */
const JOBS: ReadonlySet<string> = new Set([...JOB_WORDS, ...WORKER_WORDS]);
const TRADES_AS_SURNAMES: ReadonlySet<string> = new Set(TRADE_SURNAMES);
const HEADLINE = /\s[|–—·•-]\s|\s@\s/;

/**
 * Whether a display name goes on, after ` | ` or ` - `, with a job (`Arthur Knight | Nurse`, `Jakub | Photographer`).
 * Never a word of a pupil's name on the roll (`isRollName`: `Ava | Driver` is the pupil Ava Driver, whatever the
 * trade), nor, after a lone forename, a common surname (`Mollie | Baker`: her own surname, perhaps one the roll
 * does not give); after a whole name, a surname is no more the account's (`Arthur Knight | Nurse`).
 */
export function headlineNamesAJob(name: string, isRollName: (word: string) => boolean = NO_ROLL): boolean {
  const at = name.search(HEADLINE);
  if (at < 0) return false;
  const loneForename = (name.slice(0, at).match(/\p{L}+/gu) ?? []).length < 2;
  const words =
    name
      .slice(at)
      .toLowerCase()
      .replace(SCHOOL_ROLE, ' ')
      .replace(ASPIRATION, ' ')
      .match(/[a-z]+/g) ?? [];
  return words.some(
    (word) =>
      JOBS.has(word) && !isRollName(word) && !(loneForename && (isKnownSurname(word) || TRADES_AS_SURNAMES.has(word))),
  );
}

const NO_ROLL = (): boolean => false;

/** A pupil's own role at school (`Tia Cole | Head Girl`, `Deputy Head Boy`): no job, though Head and Deputy are. */
const SCHOOL_ROLE = /\b(?:deputy\s+)?head\s+(?:girl|boy)s?\b/g;

/** A job a pupil hopes for (`Zara Lundie | Aspiring Nurse`, `Future Vet`): what she writes of herself, no job held. */
const ASPIRATION = /\b(?:aspiring|future|wannabe)\s+[a-z]+/g;
