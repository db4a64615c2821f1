/**
 * m of how a pupil's own display name is written (`displayStyle`): the bench's, counted on the
 * pupils' own accounts of the fit's four bench schools (2,036 rows; `node scripts/fit-style.mjs`,
 * 5 December 2026), smoothed by half an account a level. Each audit learns it again on its own
 * pairs beyond doubt (`estimatePresentation`), starting from this. For comparison, every account
 * on the same lists: plain 0.851, none 0.145, decorated 0.0026, mixed 0.0008, upper 0.0006, lower 0.0004.
 */
export const BENCH_STYLE_M: Readonly<Record<string, number>> = {
  plain: 0.694,
  lower: 0.0184,
  upper: 0.0257,
  mixed: 0.0346,
  decorated: 0.115,
  none: 0.113,
};
