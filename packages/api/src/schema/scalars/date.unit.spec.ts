import { describe, expect, it } from 'vitest';
import { isIsoDate } from './date';

/** The definition the short way must agree with: the day exists in the calendar. */
const exists = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

describe('a Date names a day that exists', () => {
  it.each([
    '2018-08-31',
    '2018-02-28',
    '2016-02-29',
    '2018-02-29',
    '2018-02-30',
    '2018-04-31',
    '2018-12-31',
    '2018-00-10',
    '2018-13-01',
    '2018-01-00',
  ])('%s as the calendar says', (value) => {
    expect(isIsoDate(value)).toBe(Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? false : exists(value));
  });

  it('refuses what is not YYYY-MM-DD', () => {
    for (const value of ['2018/07/31', '20180731', '2018-7-31', 20180731, null])
      expect(isIsoDate(value)).toBe(false);
  });
});
