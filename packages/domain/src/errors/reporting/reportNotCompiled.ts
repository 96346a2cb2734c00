import { DomainError, isDomainError } from '../domainError';

export const REPORT_NOT_COMPILED = 'REPORT_NOT_COMPILED';

export type ReportNotCompiledDetails = { reportId: string };

/** Submitting a report that was never compiled. */
export class ReportNotCompiledError extends DomainError {
  declare readonly code: typeof REPORT_NOT_COMPILED;
  declare readonly details: ReportNotCompiledDetails;

  constructor(p: ReportNotCompiledDetails) {
    super(REPORT_NOT_COMPILED, `Report ${p.reportId} has not been compiled: compile it first.`, p);
  }
}

export const isReportNotCompiledError = (error: unknown): error is ReportNotCompiledError =>
  isDomainError(error, REPORT_NOT_COMPILED);
