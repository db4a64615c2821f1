import type { DisplayNameTally } from '../../src/match/DisplayNameTally.js';

/** Every entry of a tally in order: its words and count. */
export function tallyEntries(tally: DisplayNameTally): [string, string, number][] {
  const seen: [string, string, number][] = [];
  tally.forEach((fore, sur, count) => {
    seen.push([tally.words[fore]!, tally.words[sur]!, count]);
  });
  return seen;
}
