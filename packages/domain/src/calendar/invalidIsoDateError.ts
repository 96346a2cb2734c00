/** A date that is not a real `YYYY-MM-DD` calendar date (or an instant without a time zone). */
export class InvalidIsoDateError extends Error {
  readonly code = 'INVALID_ISO_DATE';

  constructor(readonly value: string) {
    super(
      `"${value}" is not a valid date: use YYYY-MM-DD (e.g. 2018-07-10), or an ISO 8601 instant with Z or an offset.`,
    );
    this.name = 'InvalidIsoDateError';
  }
}

export const isInvalidIsoDateError = (error: unknown): error is InvalidIsoDateError =>
  error instanceof Error && (error as { code?: unknown }).code === 'INVALID_ISO_DATE';
