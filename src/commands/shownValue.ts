import { InvalidArgumentError } from 'commander';
import { visibleText } from '../normalise/visibleText.js';

const SHOWS_AS_NOTHING = 'It shows as nothing.';

/** What each option that takes a name is given, for the hint beneath its refusal. */
const EXAMPLES: Readonly<Record<string, string>> = {
  '--school': '"Westacre Infant"',
  '--trust': '"Fenland Learning Trust"',
  '--ran-by': '"K. Head"',
  '--term': '"Autumn term 2026"',
};

/**
 * The value of an option that names something for the report (`--school`, `--trust`, `--ran-by`, `--term`). One that
 * shows as nothing (`--school ""`, spaces, an escape) would head the report with nothing or pick no school, found
 * only once a trust's audit has run: refused at once, as commander refuses a value missing.
 */
export function shownValue(value: string): string {
  if (visibleText(value).trim() === '') throw new InvalidArgumentError(SHOWS_AS_NOTHING);
  return value;
}

/** The hint beneath commander's refusal of `shownValue`'s, or undefined for another refusal. */
export function shownValueHint(flag: string, message: string): string | undefined {
  if (!message.endsWith(SHOWS_AS_NOTHING)) return undefined;
  return `Give ${flag} its value in quotes, e.g. ${flag} ${EXAMPLES[flag] ?? '"…"'}, or leave ${flag} out.`;
}
