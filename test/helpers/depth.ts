/**
 * How many cases a property test or a repeated race runs: a modest number by default, so that the
 * suite stays quick, and `deep` with TEST_DEPTH=deep in the environment (see the README).
 */
export function caseCount(everyDay: number, deep: number): number {
  return process.env.TEST_DEPTH === 'deep' ? deep : everyDay;
}
