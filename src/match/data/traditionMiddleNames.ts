// Written for this project (issue 14's background adults, 2026-12-05).
/**
 * Middle names that every member of a tradition bears: Kaur and Singh of every Sikh woman and man,
 * Thị and Văn of most Vietnamese women and men, Kumar, Kumari and Devi of many Hindu families, Bibi,
 * Begum and Khatun of many Muslim women of Pakistani and Bangladeshi families. Such a name shared
 * with a pupil says only that the account is of the same tradition, which the forename already
 * says: it is the pupil's word (nothing unexplained) but no middle name agreeing.
 */
export const TRADITION_MIDDLE_NAMES: ReadonlySet<string> = new Set([
  'kaur',
  'singh',
  'thi',
  'van',
  'kumar',
  'kumari',
  'devi',
  'bibi',
  'begum',
  'khatun',
]);
