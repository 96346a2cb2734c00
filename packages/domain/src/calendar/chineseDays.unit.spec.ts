import { isWorkday } from 'chinese-days';
import { expect, test } from 'vitest';

import { officialWorkingDayCalendar as calendar } from './officialCalendar';
import { datesFrom } from './isoDate';

// An independent transcription of the same notices (npm chinese-days). Where the two disagree,
// the notice decides; a disagreement found and settled would be listed here with the notice text.
const settledDisagreements: Record<string, { ours: boolean; chineseDays: boolean; why: string }> = {};

test('every date from 2017 to 2026 is a working day in our calendar exactly when chinese-days says so', () => {
  const disagreements = datesFrom('2017-01-01', '2026-12-31')
    .filter((date) => calendar.isWorkingDay(date) !== isWorkday(date))
    .map((date) => ({ date, ours: calendar.isWorkingDay(date), chineseDays: isWorkday(date) }));

  expect(disagreements).toEqual(
    Object.entries(settledDisagreements).map(([date, { ours, chineseDays }]) => ({
      date,
      ours,
      chineseDays,
    })),
  );
});
