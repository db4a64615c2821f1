/**
 * How a display name is written, whatever name it spells: `plain` (words capitalised, as adults
 * and registers write names: `Ellie Clark`, `CLARK Elliot`, `Anna van der Berg`, `Siobhán Ó Súilleabháin`),
 * `lower` (`ellie clark`), `upper` (`ELLIE CLARK`), `mixed` (`eLLiE cLaRk`), `decorated` (emoji,
 * symbols, styled or look-alike letters, separators between letters), or `none` (no display name).
 * An account-level fact: how often the lists' accounts are written each way is counted (u) and how
 * often pupils' own are is learnt (m), as for the platform.
 */
export type DisplayStyle = 'plain' | 'lower' | 'upper' | 'mixed' | 'decorated' | 'none';

export const DISPLAY_STYLES: readonly DisplayStyle[] = ['plain', 'lower', 'upper', 'mixed', 'decorated', 'none'];

/** Latin letters (Basic Latin to Latin Extended-B), with or without accents. */
const LATIN_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]$/;
/** What a plainly written name may hold besides letters: spaces, hyphens, apostrophes, full stops, commas, digits. */
const PLAIN_MARK = /^[\s\-'’.,0-9]$/;

export function displayStyle(displayName: string | undefined): DisplayStyle {
  if (!displayName || displayName.trim() === '') return 'none';
  let letters = 0;
  let lower = 0;
  let upper = 0;
  const text = isAscii(displayName) ? displayName : displayName.normalize('NFC');
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII by hand (nearly every name on a trust's half a million), the rest by the patterns.
    if (code >= 0x61 && code <= 0x7a) {
      letters++;
      lower++;
    } else if (code >= 0x41 && code <= 0x5a) {
      letters++;
      upper++;
    } else if (code >= 0x80 && LATIN_LETTER.test(ch)) {
      letters++;
      if (ch !== ch.toUpperCase()) lower++;
      else upper++;
    } else if (!PLAIN_MARK.test(ch)) return 'decorated';
  }
  if (letters === 0) return 'decorated';
  if (upper === 0) return 'lower';
  if (lower === 0) return letters > 1 ? 'upper' : 'plain';
  return displayName.split(/[\s-]+/).some(mixedWord) ? 'mixed' : 'plain';
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * A word whose case goes up and down against the way names are written: lower-case then capitals
 * (`eLLie`), or more than one rise (`cLaRk`). `McDonald`, `MacLeod`, `DeShawn`, `O'Neill` and a
 * word all in capitals are names as written; so is a particle in lower case (`van`, `de`, `al`).
 */
function mixedWord(word: string): boolean {
  const letters = [...word].filter((ch) => LATIN_LETTER.test(ch));
  if (letters.length < 2) return false;
  const isUpper = letters.map((ch) => ch !== ch.toLowerCase());
  if (isUpper.every(Boolean) || !isUpper.some(Boolean)) return false;
  if (!isUpper[0]) return true;
  let rises = 0;
  for (let i = 1; i < isUpper.length; i++) if (isUpper[i] && !isUpper[i - 1]) rises++;
  return rises > 1 || (rises === 1 && isUpper.filter(Boolean).length > 2);
}
