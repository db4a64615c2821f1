import { differenceInYears } from 'date-fns/differenceInYears';
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  fromUnixSeconds,
  isIsoDate,
  parseConnectionDate,
  parseDate,
  parseDateNear,
} from '../../src/normalise/dates.js';

describe('parseDate', () => {
  it.each([
    ['24/11/2026', '2026-11-24'],
    ['4/1/2019', '2019-01-04'],
    ['2019-01-04', '2019-01-04'],
    ['04-01-2019', '2019-01-04'],
    ['04.01.2019', '2019-01-04'],
    ['05 Mar 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['2013-02-11 00:00:00', '2013-02-11'],
    ['11/02/2013 00:00', '2013-02-11'],
    [' 29/02/2016 ', '2016-02-29'],
    ['2016-02-29', '2016-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    '31/02/2013',
    '29/02/2015',
    '2013-13-01',
    '13/2013',
    'tomorrow',
    '',
    '01/02/13',
    '2015-02-29',
    '1900-02-29',
    '2013-00-10',
    '2013-04-31',
    '2013-04-00',
    '1899-12-31',
    '2013-1a-01',
    '2013-+1-01',
  ])('refuses %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it.each([
    ['2012/10/10', '2012-10-10'],
    ['2012/1/5', '2012-01-05'],
    ['2012.10.09', '2012-10-09'],
  ])('reads the year-first %s as %s (a four-digit year first leaves no doubt)', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('never reads dates in US order', () => {
    expect(parseDate('03/04/2020')).toBe('2020-04-03');
    expect(parseDate('12/25/2020')).toBeNull();
  });
});

describe('parseDateNear: two-digit years placed by the audit day', () => {
  it.each([
    ['17/03/12', 'birth', '2012-03-17'],
    ['24/11/26', 'birth', '2026-11-24'],
    ['25/11/26', 'birth', '1926-11-25'],
    ['14/05/99', 'birth', '1999-05-14'],
    ['29/02/00', 'birth', '2000-02-29'],
    ['5-Jan-13', 'birth', '2013-01-05'],
    ['5 Sept 13', 'birth', '2013-09-05'],
    ['05.01.12 00:00', 'birth', '2012-01-05'],
    ['24/11/27', 'event', '2027-11-24'],
    ['25/11/27', 'event', '1927-11-25'],
    ['20/07/15', 'event', '2015-07-20'],
    ['17/03/2012', 'event', '2012-03-17'],
    ['1/9/28', 'kept', '2028-09-01'],
    ['1/9/76', 'kept', '2076-09-01'],
    ['1/12/76', 'kept', '1976-12-01'],
  ] as const)('reads %s (a %s) on 24 November 2026 as %s', (raw, kind, iso) => {
    expect(parseDateNear(raw, '2026-11-24', kind)).toBe(iso);
  });

  it.each(['12/25/12', '31/04/12', '29/02/27', '5-Foo-12', '1/2/3', '12/10', '120/10/12', '12-03-17', '17/03.12'])(
    'refuses %s',
    (raw) => {
      expect(parseDateNear(raw, '2026-11-24', 'birth')).toBeNull();
      expect(parseDateNear(raw, '2026-11-24', 'event')).toBeNull();
      expect(parseDateNear(raw, '2026-11-24', 'kept')).toBeNull();
    },
  );

  it('puts every two-digit year in the hundred years up to the day, whatever the day', () => {
    for (const day of ['2026-11-24', '2099-12-31', '2100-01-01', '2000-02-29']) {
      for (let yy = 0; yy < 100; yy++) {
        const iso = parseDateNear(`01/01/${String(yy).padStart(2, '0')}`, day, 'birth')!;
        expect(iso <= day).toBe(true);
        expect(Number(day.slice(0, 4)) - Number(iso.slice(0, 4))).toBeLessThan(100);
        expect(iso.slice(2, 4)).toBe(String(yy).padStart(2, '0'));
      }
    }
  });
});

describe('ageOn', () => {
  it('counts calendar years, turning a year older on the birthday itself', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-24', '2026-11-24')).toBe(18);
  });

  it('makes someone born on 29 February 18 on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it("agrees with date-fns' differenceInYears on every pair of days around birthdays and year ends", () => {
    const days: string[] = [];
    for (const year of [2007, 2008, 2026, 2027, 2028]) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [8, 31],
        [9, 1],
        [11, 23],
        [11, 24],
        [12, 31],
      ] as const) {
        const date = new Date(year, month - 1, day);
        if (date.getMonth() === month - 1)
          days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    const local = (iso: string): Date =>
      new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8)));
    for (const dob of days)
      for (const day of days)
        if (dob <= day)
          expect([dob, day, ageOn(dob, day)]).toEqual([dob, day, differenceInYears(local(day), local(dob))]);
  });
});

describe('helpers', () => {
  it('checks ISO dates strictly', () => {
    expect(isIsoDate('2026-11-24')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('24/11/2026')).toBe(false);
  });

  it('turns Unix seconds into the UTC day', () => {
    expect(fromUnixSeconds(1700000000)).toBe('2023-11-14');
  });
});

describe('parseConnectionDate', () => {
  it('reads the forms platforms and Excel re-saves write', () => {
    const read = (raw: string): string | null => parseConnectionDate(raw);
    expect(read('1/8/18, 6:14 PM')).toBe('2018-01-08');
    expect(read('12/25/19, 9:03 am')).toBe('2019-12-25');
    expect(read('09 Sep 2022')).toBe('2022-09-09');
    expect(read('14-Aug-25')).toBe('2025-08-14');
    expect(read('3-Mar-14')).toBe('2014-03-03');
    expect(read('Wed Mar 15 10:00:00 UTC 2017')).toBe('2017-03-15');
    expect(read('Wed Mar 15 10:00:00 PST 2017')).toBe('2017-03-15');
    expect(read('Wed, 15 Mar 2017 10:00:00 GMT')).toBe('2017-03-15');
    expect(read('Mar 15, 2017')).toBe('2017-03-15');
    expect(read('September 3 2021')).toBe('2021-09-03');
    expect(read('2023-04-01 18:22:10 UTC')).toBe('2023-04-01');
    expect(read('2017-03-15T10:00:00.000Z')).toBe('2017-03-15');
    expect(read('11/02/2013')).toBe('2013-02-11');
  });

  it('refuses what it cannot tell or is no day', () => {
    for (const raw of ['8/1/18', '30-Feb-25', 'Foo 3 2021', 'Wed Mar 15 10:00:00 UTC', 'yesterday', '', '14-Aug'])
      expect(parseConnectionDate(raw), raw).toBeNull();
    expect(parseConnectionDate('13/1/18')).toBe('2018-01-13');
    expect(parseConnectionDate('1/13/18')).toBe('2018-01-13');
  });

  it('agrees with parseDate wherever parseDate reads a date', () => {
    for (let day = new Date(2011, 11, 20); day < new Date(2013, 1, 10); day.setDate(day.getDate() + 1)) {
      for (const pattern of ['yyyy-MM-dd', 'dd/MM/yyyy', 'd MMM yyyy', 'd-MMM-yyyy', 'd MMMM yyyy']) {
        const written = format(day, pattern);
        expect(parseConnectionDate(written), written).toBe(parseDate(written));
        expect(parseConnectionDate(`${written} 10:00:00 UTC`), written).toBe(parseDate(written));
      }
    }
  });
});
