/** A calendar date, `YYYY-MM-DD`, in China Standard Time. */
export type IsoDate = string;

/**
 * Working days under the official Chinese holiday and make-up-day (调休) calendar published by the
 * State Council General Office each year. Weekends are rest days unless made working days.
 */
export interface WorkingDayCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** The date `days` working days after `date` (date itself not counted). */
  addWorkingDays(date: IsoDate, days: number): IsoDate;
  /** Working days in (from, to]: 0 when to <= from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Years the calendar has official data for; outside them it throws CALENDAR_YEAR_UNKNOWN. */
  readonly coveredYears: readonly number[];
}
