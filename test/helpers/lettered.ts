/**
 * A word of letters for each number (base 20 written a–t after a `k`): as many words apart as a property wants, for
 * tallies that read only letters (digits would be cut out of a display name's words).
 */
export function lettered(n: number): string {
  return `k${[...n.toString(20)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 20))).join('')}`;
}
