import { DomainError, isDomainError } from '../domainError';

export const REPORT_POSITION_REGRESSED = 'REPORT_POSITION_REGRESSED';

export type ReportPositionRegressedDetails = { reportId: string; position: number; previous: number };

/** Recompiling a report from an earlier event-store position. */
export class ReportPositionRegressedError extends DomainError {
  declare readonly code: typeof REPORT_POSITION_REGRESSED;
  declare readonly details: ReportPositionRegressedDetails;

  constructor(p: ReportPositionRegressedDetails) {
    super(
      REPORT_POSITION_REGRESSED,
      `Report ${p.reportId} was compiled at position ${p.previous}: a new version cannot be pinned to the earlier position ${p.position}.`,
      p,
    );
  }
}

export const isReportPositionRegressedError = (error: unknown): error is ReportPositionRegressedError =>
  isDomainError(error, REPORT_POSITION_REGRESSED);
