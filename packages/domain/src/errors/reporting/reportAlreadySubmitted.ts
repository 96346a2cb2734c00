import { DomainError, isDomainError } from '../domainError';

export const REPORT_ALREADY_SUBMITTED = 'REPORT_ALREADY_SUBMITTED';

export type ReportAlreadySubmittedDetails = { reportId: string; submittedOn: string };

/** Changing or resubmitting a submitted report. */
export class ReportAlreadySubmittedError extends DomainError {
  declare readonly code: typeof REPORT_ALREADY_SUBMITTED;
  declare readonly details: ReportAlreadySubmittedDetails;

  constructor(p: ReportAlreadySubmittedDetails) {
    super(
      REPORT_ALREADY_SUBMITTED,
      `Report ${p.reportId} was submitted on ${p.submittedOn}: start a new report id for a new edition.`,
      p,
    );
  }
}

export const isReportAlreadySubmittedError = (error: unknown): error is ReportAlreadySubmittedError =>
  isDomainError(error, REPORT_ALREADY_SUBMITTED);
