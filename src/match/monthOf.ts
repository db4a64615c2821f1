// Dates as month numbers, read by hand for speed: every row's date is read, and the tests hold it to the plain reading.

/** `2016-05-03` → 2016 × 12 + 4; undefined when unreadable. */
export function monthOf(day: string): number | undefined {
  // Asked for every row: four digits, any character, two digits (as the readers write dates) read by hand.
  if (day.length >= 7) {
    const y = digits(day, 0, 4);
    const m = digits(day, 5, 7);
    if (y >= 0 && m >= 0) return m >= 1 && m <= 12 ? y * 12 + m - 1 : undefined;
  }
  return monthOfPlain(day);
}

/** The plain version, for any text: `monthOf` agrees with it. */
export function monthOfPlain(day: string): number | undefined {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return Number.isFinite(year) && month >= 1 && month <= 12 ? year * 12 + month - 1 : undefined;
}

/** A day of month number `month` (year × 12 + month − 1) as an ISO date: `dayOfMonth(24196, 15)` is 2016-05-15. */
export function dayOfMonth(month: number, day: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The number the ASCII digits from `start` to `end` spell, or -1 when any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
