import { expect, test } from 'vitest';

import { toChinaDate } from './isoDate';

test('an event at 2018-07-09T16:30Z happened on 2018-07-10 in China, in time for a 7月10日 deadline', () => {
  expect(toChinaDate('2018-07-09T16:30:00Z')).toBe('2018-07-10');
  expect(toChinaDate('2018-07-09T15:59:59.999Z')).toBe('2018-07-09');
  expect(toChinaDate('2018-07-10T00:30:00+08:00')).toBe('2018-07-10');
  expect(toChinaDate('2018-07-10')).toBe('2018-07-10');
});

test('an instant without a time zone is refused, since its date would depend on the machine', () => {
  expect(() => toChinaDate('2018-07-10T09:00:00')).toThrow(/not a valid date/);
});
