// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone moves a day.

export const AUDIT_DATE = '2026-11-30';

export function iso(year, month, day) {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(date) {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
}

/** Calendar age on `on` of someone born on `dob`. */
export function ageOn(dob, on = AUDIT_DATE) {
  const b = parts(dob);
  const a = parts(on);
  return a.y - b.y - (a.m < b.m || (a.m === b.m && a.d < b.d) ? 1 : 0);
}

export function addDays(date, days) {
  const t = Date.UTC(...Object.values(parts(date)).map((v, i) => (i === 1 ? v - 1 : v))) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(from, to) {
  const f = parts(from);
  const t = parts(to);
  return (Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(f.y, f.m - 1, f.d)) / 86400000;
}

/** A uniformly random date in [from, to]. */
export function dateBetween(random, from, to) {
  const span = daysBetween(from, to);
  return addDays(from, span <= 0 ? 0 : random.int(0, span));
}

/** Year group Y (0 = Reception) in the school year 2026/27: born 1 Sep (2021 − Y) to 31 Aug (2022 − Y). */
export function birthWindow(yearGroup, schoolYearStart = 2026) {
  const from = iso(schoolYearStart - yearGroup - 5, 9, 1);
  const to = iso(schoolYearStart - yearGroup - 4, 8, 31);
  return { from, to };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as a school's export or a spreadsheet writes it. */
export function formatDate(date, style) {
  if (!date) return '';
  const { y, m, d } = parts(date);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'uk':
      return `${dd}/${mm}/${y}`;
    case 'uk2':
      return `${dd}/${mm}/${String(y).slice(2)}`;
    case 'slashIso':
      return `${y}/${mm}/${dd}`;
    case 'dMonYY':
      return `${d}-${MONTHS[m - 1]}-${String(y).slice(2)}`;
    case 'dMonYYYY':
      return `${dd} ${MONTHS[m - 1]} ${y}`;
    default:
      return date;
  }
}
