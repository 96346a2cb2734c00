import { DomainError, isDomainError } from '../../errors/domainError';

export const REPORT_DATE_OUTSIDE_YEAR = 'REPORT_DATE_OUTSIDE_YEAR';

export type ReportDateOutsideYearDetails = { year: number; asOf: string };

/** Annual-report figures asked as of a day outside the report's year. */
export class ReportDateOutsideYearError extends DomainError {
  declare readonly code: typeof REPORT_DATE_OUTSIDE_YEAR;
  declare readonly details: ReportDateOutsideYearDetails;

  constructor(p: ReportDateOutsideYearDetails) {
    super(
      REPORT_DATE_OUTSIDE_YEAR,
      `The ${p.year} figures are counted as of a day of ${p.year}, not ${p.asOf}: leave asOf out for 31 December.`,
      p,
    );
  }
}

export const isReportDateOutsideYearError = (error: unknown): error is ReportDateOutsideYearError =>
  isDomainError(error, REPORT_DATE_OUTSIDE_YEAR);
