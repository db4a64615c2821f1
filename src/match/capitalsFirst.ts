import { foldNameText } from '../normalise/nameText.js';

/**
 * Folded words in capitals at the start of a name whose other words are not (`CLARK Elliot` → 1,
 * `HUNT-ROSS Sophie` → 2), else 0. Each capitalised word has two letters or more: `J SMITH` is
 * an initial.
 */
export function capitalsFirst(displayName: string): number {
  // Most names begin with a word in lower case (`Jack`): a quick no before any split or regex.
  if (firstWordHasLowerAscii(displayName)) return 0;
  const words = displayName.trim().split(/\s+/);
  let upper = 0;
  while (upper < words.length - 1 && /\p{Lu}.*\p{Lu}/u.test(words[upper]!) && !/\p{Ll}/u.test(words[upper]!)) upper++;
  if (upper === 0 || !words.slice(upper).some((word) => /\p{Ll}/u.test(word))) return 0;
  return foldNameText(words.slice(0, upper).join(' '))[0]!.text.match(/[a-z]+/g)?.length ?? 0;
}

/**
 * Whether the first word (after leading white space) has a letter a–z before any other
 * character outside ASCII: false when unsure (the long way decides).
 */
function firstWordHasLowerAscii(text: string): boolean {
  let i = 0;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
    if (code > 0x7f || isAsciiSpace(code)) return false;
  }
  return false;
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
