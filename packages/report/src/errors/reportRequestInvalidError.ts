export const REPORT_REQUEST_INVALID = 'REPORT_REQUEST_INVALID';

/** A report request that cannot be compiled (unknown kind, format, province or unit): the message says what to send. */
export class ReportRequestInvalidError extends Error {
  readonly code = REPORT_REQUEST_INVALID;

  constructor(message: string) {
    super(message);
    this.name = 'ReportRequestInvalidError';
  }
}

export const isReportRequestInvalidError = (error: unknown): error is ReportRequestInvalidError =>
  error instanceof Error && (error as { code?: unknown }).code === REPORT_REQUEST_INVALID;
