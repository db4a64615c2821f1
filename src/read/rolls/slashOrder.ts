/** Which order a DD/MM/YYYY-shaped date can only be read in, if only one (a roll's DOBs saved by Excel in US order). */
export function slashOrder(raw: string | undefined): 'day-first' | 'month-first' | undefined {
  const parts = raw === undefined ? null : /^(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})$/.exec(raw);
  if (!parts) return undefined;
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  if (first > 12 && first <= 31 && second >= 1 && second <= 12) return 'day-first';
  if (second > 12 && second <= 31 && first >= 1 && first <= 12) return 'month-first';
  return undefined;
}
