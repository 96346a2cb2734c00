import { describe, expect, it } from 'vitest';
import { chinaDateOf } from './dates';

/** The definition the short way must agree with: parse, shift to UTC+8, take the date. */
const byParsing = (instant: string): string | undefined => {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
};

describe('the China Standard Time date of an instant', () => {
  it.each([
    '2018-03-01T09:00:00+08:00',
    '2018-03-01T00:00+08:00',
    '2018-12-28T23:59:59.999+08:00',
    '2018-02-30T09:00:00+08:00', // rolled over by Date.parse: 2018-03-02
    '2018-02-28T24:00:00+08:00', // 24:00 is the next day
    '2018-03-31T23:30:00+08:00',
    '2018-03-01T01:00:00Z', // UTC: the same day in China
    '2018-03-01T20:00:00Z', // UTC: the next day in China
    '2018-03-01T09:00:00+09:00',
    '2018-13-01T09:00:00+08:00',
    'not a date',
  ])('%s as parsing it says', (instant) => {
    expect(chinaDateOf(instant)).toBe(byParsing(instant));
  });

  it('an instant written in China Standard Time is its own date', () => {
    expect(chinaDateOf('2017-08-09T10:00:00+08:00')).toBe('2017-08-09');
  });
});
