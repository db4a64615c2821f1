/**
 * A key for English respellings of a name by sound (Ambah for Amber, Josif for Joseph, Elizabit for
 * Elizabeth, Verytie for Verity): letters that spell one sound in English written one way, vowels
 * kept only as front (e, i, y) or back (o, u) or a, a final -er or -ah as the -a it sounds like,
 * doubled letters once. Two names with one key sound alike; it says nothing of whether either is
 * a real name, which the caller asks apart (a real name is somebody else's, not a respelling).
 */
const RULES: readonly [RegExp, string][] = [
  [/^ch(?=[lr])/, 'k'],
  [/oe(?=[^aeiouy])/g, 'e'],
  [/ph/g, 'f'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/z/g, 's'],
  [/(?:er|ar|ah|a)$/, 'a'],
  [/(?:ie|ey|ee|y)$/, 'i'],
  [/h$/, ''],
  [/[eiy]+/g, 'i'],
  [/[ou]+/g, 'u'],
  [/(?<=[aiu])h/g, ''],
  [/w(?![aiu])/g, ''],
  [/(.)\1+/g, '$1'],
];

/** The sound key of a lower-case name of letters only (see above). */
export function soundKey(name: string): string {
  let key = name;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
