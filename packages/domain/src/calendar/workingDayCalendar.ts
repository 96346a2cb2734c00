import { CalendarYearUnknownError } from './calendarYearUnknownError';
import type { HolidayCalendarData } from './holidayData';
import { fromDayNumber, isWeekend, toDayNumber, yearOf } from './isoDate';
import type { IsoDate, WorkingDayCalendar } from './types';

export type DayKind = 'working-day' | 'weekend' | 'holiday' | 'make-up-working-day';

export interface DayDescription {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** The holiday the day belongs to (for a make-up working day: the holiday it makes up for). */
  holiday: string | null;
}

export interface OfficialWorkingDayCalendar extends WorkingDayCalendar {
  /** Why a date is or is not a working day, for views and audit. */
  describeDay(date: IsoDate): DayDescription;
}

/**
 * Builds the calendar from holiday data (see `parseHolidayCalendarData`). Everything is
 * precomputed over the covered span: a flag per day, a running count of working days and the list
 * of working days, so every query is a constant-time array lookup.
 */
export function createWorkingDayCalendar(data: HolidayCalendarData): OfficialWorkingDayCalendar {
  const span = buildSpan(data);
  const indexOf = (date: IsoDate): number => {
    const index = toDayNumber(date) - span.first;
    if (index < 0 || index >= span.kinds.length) throw new CalendarYearUnknownError(yearOf(date), span.years);
    return index;
  };
  // Working days in [span start, index], i.e. up to and including the day at `index`.
  const countThrough = (index: number): number => span.runningCount[index + 1] ?? 0;

  return {
    coveredYears: span.years,
    isWorkingDay: (date) => isWorking(span.kinds[indexOf(date)]),
    workingDaysBetween: (from, to) => {
      const [start, end] = [indexOf(from), indexOf(to)];
      return end <= start ? 0 : countThrough(end) - countThrough(start);
    },
    addWorkingDays: (date, days) => {
      if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`addWorkingDays needs a whole number of days >= 0, got ${days}`);
      }
      const index = indexOf(date);
      if (days === 0) return date;
      const target = span.workingDays[countThrough(index) + days - 1];
      if (target === undefined) {
        throw new CalendarYearUnknownError((span.years.at(-1) ?? 0) + 1, span.years);
      }
      return fromDayNumber(target);
    },
    describeDay: (date) => {
      const index = indexOf(date);
      const kind = span.kinds[index] ?? 'working-day';
      return { date, working: isWorking(kind), kind, holiday: span.holidayNames.get(index) ?? null };
    },
  };
}

const isWorking = (kind: DayKind | undefined): boolean =>
  kind === 'working-day' || kind === 'make-up-working-day';

interface Span {
  years: readonly number[];
  /** Day number of 1 January of the first covered year. */
  first: number;
  kinds: DayKind[];
  holidayNames: Map<number, string>;
  /** runningCount[i] = working days among the first i days of the span. */
  runningCount: Int32Array;
  workingDays: number[];
}

function buildSpan(data: HolidayCalendarData): Span {
  const years = data.years.map((entry) => entry.year);
  const firstYear = years[0] ?? 0;
  const lastYear = years.at(-1) ?? firstYear;
  const first = toDayNumber(`${firstYear}-01-01`);
  const length = toDayNumber(`${lastYear}-12-31`) - first + 1;
  const kinds = Array.from({ length }, (_, i): DayKind => (isWeekend(first + i) ? 'weekend' : 'working-day'));
  const holidayNames = new Map<number, string>();
  const mark = (dayNumber: number, kind: DayKind, name: string): void => {
    const index = dayNumber - first;
    if (index < 0 || index >= length) return; // e.g. a 元旦 range reaching into an uncovered December
    kinds[index] = kind;
    holidayNames.set(index, name);
  };
  for (const entry of data.years) {
    for (const holiday of entry.holidays) {
      for (let day = toDayNumber(holiday.from); day <= toDayNumber(holiday.to); day++) {
        mark(day, 'holiday', holiday.name);
      }
    }
    for (const { date, holiday } of entry.makeUpWorkingDays) {
      mark(toDayNumber(date), 'make-up-working-day', holiday);
    }
  }
  const runningCount = new Int32Array(length + 1);
  const workingDays: number[] = [];
  kinds.forEach((kind, i) => {
    runningCount[i + 1] = (runningCount[i] ?? 0) + (isWorking(kind) ? 1 : 0);
    if (isWorking(kind)) workingDays.push(first + i);
  });
  return { years: Object.freeze(years), first, kinds, holidayNames, runningCount, workingDays };
}
