import { DomainError, isDomainError } from '../domainError';

export const REPORT_HASH_MISMATCH = 'REPORT_HASH_MISMATCH';

export type ReportHashMismatchDetails = {
  reportId: string;
  expected: string;
  received: string;
  version: number;
};

/** Submitting content other than the last compiled version. */
export class ReportHashMismatchError extends DomainError {
  declare readonly code: typeof REPORT_HASH_MISMATCH;
  declare readonly details: ReportHashMismatchDetails;

  constructor(p: ReportHashMismatchDetails) {
    super(
      REPORT_HASH_MISMATCH,
      `Report ${p.reportId} v${p.version} has hash ${p.expected}, not ${p.received}: submit the last compiled version, or compile again.`,
      p,
    );
  }
}

export const isReportHashMismatchError = (error: unknown): error is ReportHashMismatchError =>
  isDomainError(error, REPORT_HASH_MISMATCH);
