/** Asked about a date in a year the official holiday data does not cover. */
export class CalendarYearUnknownError extends Error {
  readonly code = 'CALENDAR_YEAR_UNKNOWN';

  constructor(
    readonly year: number,
    readonly coveredYears: readonly number[],
  ) {
    super(
      `No official working-day calendar for ${year}: the calendar covers ${describeYears(coveredYears)}. ` +
        `Add that year's State Council General Office holiday notice (国务院办公厅关于${year}年部分节假日安排的通知) to the holiday data.`,
    );
    this.name = 'CalendarYearUnknownError';
  }
}

export const isCalendarYearUnknownError = (error: unknown): error is CalendarYearUnknownError =>
  error instanceof Error && (error as { code?: unknown }).code === 'CALENDAR_YEAR_UNKNOWN';

const describeYears = (years: readonly number[]): string =>
  years.length === 0 ? 'no year' : `${years[0]}–${years[years.length - 1]}`;
