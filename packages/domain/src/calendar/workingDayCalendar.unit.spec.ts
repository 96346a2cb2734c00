import { describe, expect, test } from 'vitest';

import { CalendarYearUnknownError, isCalendarYearUnknownError } from './calendarYearUnknownError';
import { parseHolidayCalendarData, type HolidayCalendarData } from './holidayData';
import { isInvalidCalendarDataError } from './invalidCalendarDataError';
import { isInvalidIsoDateError } from './invalidIsoDateError';
import { addDays, datesFrom } from './isoDate';
import { officialWorkingDayCalendar as calendar } from './officialCalendar';
import { createWorkingDayCalendar } from './workingDayCalendar';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('counting working days for timeliness', () => {
  test('20 working days from 2024-02-01 skip the 8-day 春节 and count both make-up Sundays: due 2024-03-05', () => {
    expect(calendar.addWorkingDays('2024-02-01', 20)).toBe('2024-03-05');
    expect(calendar.workingDaysBetween('2024-02-01', '2024-03-05')).toBe(20);
  });

  test('an item formed on 2017-09-25 with the default 20-working-day limit is due 2017-10-27, after the 中秋国庆 break', () => {
    expect(calendar.addWorkingDays('2017-09-25', 20)).toBe('2017-10-27');
  });

  test('the day after 2020-01-23 that counts is 2020-02-03, when work resumed after the extended 春节', () => {
    expect(calendar.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03');
    expect(calendar.workingDaysBetween('2020-01-23', '2020-02-03')).toBe(1);
  });

  test('a count crosses the year end: the first working day after Friday 2018-12-28 is the make-up Saturday 2018-12-29', () => {
    expect(calendar.addWorkingDays('2018-12-28', 1)).toBe('2018-12-29');
    expect(calendar.addWorkingDays('2018-12-28', 2)).toBe('2019-01-02');
  });

  test('counting from a rest day starts at the next working day', () => {
    expect(calendar.addWorkingDays('2024-02-10', 1)).toBe('2024-02-18');
  });

  test('only 2024-02-18 counts between 除夕 2024-02-09 and the make-up Sunday after 春节', () => {
    expect(calendar.workingDaysBetween('2024-02-09', '2024-02-18')).toBe(1);
  });

  test('no days pass from a date to itself or backwards, and adding 0 days stays put', () => {
    expect(calendar.workingDaysBetween('2018-07-10', '2018-07-10')).toBe(0);
    expect(calendar.workingDaysBetween('2018-07-10', '2018-07-02')).toBe(0);
    expect(calendar.addWorkingDays('2018-07-08', 0)).toBe('2018-07-08');
  });

  test('adding n working days lands on the first date that is n working days later, and it is a working day', () => {
    for (const date of datesFrom('2017-01-01', '2026-11-30')) {
      for (const days of [1, 7, 20]) {
        const due = calendar.addWorkingDays(date, days);
        expect(calendar.isWorkingDay(due)).toBe(true);
        expect(calendar.workingDaysBetween(date, due)).toBe(days);
        expect(calendar.workingDaysBetween(date, addDays(due, -1))).toBe(days - 1);
      }
    }
  });

  test('a negative or fractional count is a programming error', () => {
    expect(() => calendar.addWorkingDays('2018-07-10', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2018-07-10', 1.5)).toThrow(RangeError);
  });
});

describe('the covered years', () => {
  test('are 2017 to 2026', () => {
    expect(calendar.coveredYears).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  test('a date in 2016 is refused with CALENDAR_YEAR_UNKNOWN and a message naming the covered years', () => {
    const error = thrown(() => calendar.isWorkingDay('2016-12-30'));
    expect(isCalendarYearUnknownError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'CALENDAR_YEAR_UNKNOWN', year: 2016 });
    expect((error as Error).message).toContain('2017–2026');
  });

  test('a count that would run past 2026 is refused rather than guessed', () => {
    expect(() => calendar.addWorkingDays('2026-12-28', 10)).toThrow(CalendarYearUnknownError);
    expect(() => calendar.workingDaysBetween('2026-12-01', '2027-01-05')).toThrow(CalendarYearUnknownError);
  });

  test('an impossible date is refused with INVALID_ISO_DATE', () => {
    expect(isInvalidIsoDateError(thrown(() => calendar.isWorkingDay('2024-02-30')))).toBe(true);
    expect(isInvalidIsoDateError(thrown(() => calendar.isWorkingDay('2024/02/01')))).toBe(true);
  });
});

describe('describing a day', () => {
  test('2024-02-18 is a make-up working day for 春节; 2024-02-12 a 春节 holiday; 2024-02-24 a weekend', () => {
    expect(calendar.describeDay('2024-02-18')).toEqual({
      date: '2024-02-18',
      working: true,
      kind: 'make-up-working-day',
      holiday: '春节',
    });
    expect(calendar.describeDay('2024-02-12')).toMatchObject({
      working: false,
      kind: 'holiday',
      holiday: '春节',
    });
    expect(calendar.describeDay('2024-02-24')).toMatchObject({
      working: false,
      kind: 'weekend',
      holiday: null,
    });
  });
});

describe('holiday data', () => {
  const year = (y: number, extra: Partial<HolidayCalendarData['years'][number]> = {}) => ({
    year: y,
    notices: [
      { documentNumber: `国办发明电〔${y - 1}〕1号`, title: 't', issuedOn: `${y - 1}-12-01`, kind: 'annual' },
    ],
    holidays: [],
    makeUpWorkingDays: [],
    ...extra,
  });

  test('works for any data, not only the official file', () => {
    const custom = createWorkingDayCalendar(parseHolidayCalendarData({ years: [year(2030)] }));
    expect(custom.coveredYears).toEqual([2030]);
    expect(custom.workingDaysBetween('2030-01-01', '2030-12-31')).toBe(260);
  });

  test('a make-up working day on a weekday is rejected with INVALID_CALENDAR_DATA', () => {
    const bad = { years: [year(2030, { makeUpWorkingDays: [{ date: '2030-01-02', holiday: '元旦' }] })] };
    const error = thrown(() => parseHolidayCalendarData(bad));
    expect(isInvalidCalendarDataError(error)).toBe(true);
    expect((error as Error).message).toContain('2030-01-02 is not a Saturday or Sunday');
  });

  test('a gap between years is rejected, since it would pass a missing year off as weekdays only', () => {
    expect(() => parseHolidayCalendarData({ years: [year(2030), year(2032)] })).toThrow(/consecutive/);
  });
});
