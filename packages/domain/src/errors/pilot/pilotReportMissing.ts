import { DomainError, isDomainError } from '../domainError';

export const PILOT_REPORT_MISSING = 'PILOT_REPORT_MISSING';

export type PilotReportMissingDetails = { unit: string };

/** Provincial acceptance before the pilot report. */
export class PilotReportMissingError extends DomainError {
  declare readonly code: typeof PILOT_REPORT_MISSING;
  declare readonly details: PilotReportMissingDetails;

  constructor(p: PilotReportMissingDetails) {
    super(
      PILOT_REPORT_MISSING,
      `The pilot report of ${p.unit} has not been submitted: the province accepts a pilot after receiving its report.`,
      p,
    );
  }
}

export const isPilotReportMissingError = (error: unknown): error is PilotReportMissingError =>
  isDomainError(error, PILOT_REPORT_MISSING);
