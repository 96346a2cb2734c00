import { z } from 'zod';

import { InvalidCalendarDataError } from './invalidCalendarDataError';
import { isWeekend, toDayNumber } from './isoDate';

const isoDate = z.iso.date();

const noticeSchema = z.object({
  /** e.g. 国办发明电〔2016〕17号 */
  documentNumber: z.string().min(1),
  title: z.string().min(1),
  issuedOn: isoDate,
  /** `amendment`: a later notice changing that year's arrangement (2019 劳动节, 2020 春节). */
  kind: z.enum(['annual', 'amendment']),
});

const holidaySchema = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  from: isoDate,
  to: isoDate,
  /** Set when an amendment notice, not the annual one, fixed this range. */
  notice: z.string().min(1).optional(),
  note: z.string().optional(),
});

const makeUpWorkingDaySchema = z.object({
  date: isoDate,
  /** The holiday whose arrangement moved work to this weekend day. */
  holiday: z.string().min(1),
});

const holidayYearSchema = z.object({
  year: z.number().int(),
  notices: z.array(noticeSchema).min(1),
  holidays: z.array(holidaySchema),
  makeUpWorkingDays: z.array(makeUpWorkingDaySchema),
});

export const holidayCalendarDataSchema = z.object({
  meta: z.record(z.string(), z.unknown()).optional(),
  years: z.array(holidayYearSchema).min(1),
});

export type HolidayNotice = z.infer<typeof noticeSchema>;
export type Holiday = z.infer<typeof holidaySchema>;
export type MakeUpWorkingDay = z.infer<typeof makeUpWorkingDaySchema>;
export type HolidayYear = z.infer<typeof holidayYearSchema>;
export type HolidayCalendarData = z.infer<typeof holidayCalendarDataSchema>;

/** Validates holiday data (shape and consistency); throws InvalidCalendarDataError saying what to fix. */
export function parseHolidayCalendarData(input: unknown): HolidayCalendarData {
  const parsed = holidayCalendarDataSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCalendarDataError([z.prettifyError(parsed.error)]);
  const issues = holidayCalendarDataIssues(parsed.data);
  if (issues.length > 0) throw new InvalidCalendarDataError(issues);
  return parsed.data;
}

/** Consistency rules the schema cannot express; empty when the data is usable. */
export function holidayCalendarDataIssues(data: HolidayCalendarData): string[] {
  return [...contiguityIssues(data.years), ...data.years.flatMap(yearIssues)];
}

// The calendar precomputes one span from the first to the last year, so a gap would silently
// turn a missing year into weekdays-only.
function contiguityIssues(years: readonly HolidayYear[]): string[] {
  return years.flatMap((entry, index) => {
    const previous = years[index - 1];
    return previous && entry.year !== previous.year + 1
      ? [`year ${entry.year} follows ${previous.year}: years must be consecutive and ascending`]
      : [];
  });
}

function yearIssues(entry: HolidayYear): string[] {
  const documentNumbers = new Set(entry.notices.map((notice) => notice.documentNumber));
  const ranges = entry.holidays.map((holiday) => ({
    holiday,
    from: toDayNumber(holiday.from),
    to: toDayNumber(holiday.to),
  }));
  const holidayIssues = ranges.flatMap(({ holiday, from, to }) => [
    ...(from > to ? [`${entry.year} ${holiday.name}: from ${holiday.from} is after to ${holiday.to}`] : []),
    ...(holiday.notice !== undefined && !documentNumbers.has(holiday.notice)
      ? [`${entry.year} ${holiday.name}: notice ${holiday.notice} is not among that year's notices`]
      : []),
  ]);
  const makeUpIssues = entry.makeUpWorkingDays.flatMap(({ date }) => {
    const day = toDayNumber(date);
    return [
      ...(isWeekend(day) ? [] : [`${entry.year}: make-up working day ${date} is not a Saturday or Sunday`]),
      ...(ranges.some(({ from, to }) => day >= from && day <= to)
        ? [`${entry.year}: make-up working day ${date} lies inside a holiday`]
        : []),
    ];
  });
  return [...holidayIssues, ...makeUpIssues];
}
