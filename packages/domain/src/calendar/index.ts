export type { IsoDate, WorkingDayCalendar } from './types';
export {
  createWorkingDayCalendar,
  type DayDescription,
  type DayKind,
  type OfficialWorkingDayCalendar,
} from './workingDayCalendar';
export { cnHolidayCalendarData, officialWorkingDayCalendar } from './officialCalendar';
export {
  holidayCalendarDataIssues,
  holidayCalendarDataSchema,
  parseHolidayCalendarData,
  type Holiday,
  type HolidayCalendarData,
  type HolidayNotice,
  type HolidayYear,
  type MakeUpWorkingDay,
} from './holidayData';
export { addDays, daysBetween, toChinaDate } from './isoDate';
export { CalendarYearUnknownError, isCalendarYearUnknownError } from './calendarYearUnknownError';
export { InvalidCalendarDataError, isInvalidCalendarDataError } from './invalidCalendarDataError';
export { InvalidIsoDateError, isInvalidIsoDateError } from './invalidIsoDateError';
