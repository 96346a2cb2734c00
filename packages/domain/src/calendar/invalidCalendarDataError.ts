/** The holiday data handed to the calendar is malformed or inconsistent. */
export class InvalidCalendarDataError extends Error {
  readonly code = 'INVALID_CALENDAR_DATA';

  constructor(readonly issues: readonly string[]) {
    super(`The holiday calendar data is invalid; fix these entries:\n- ${issues.join('\n- ')}`);
    this.name = 'InvalidCalendarDataError';
  }
}

export const isInvalidCalendarDataError = (error: unknown): error is InvalidCalendarDataError =>
  error instanceof Error && (error as { code?: unknown }).code === 'INVALID_CALENDAR_DATA';
