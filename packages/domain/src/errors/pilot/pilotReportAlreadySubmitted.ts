import { DomainError, isDomainError } from '../domainError';

export const PILOT_REPORT_ALREADY_SUBMITTED = 'PILOT_REPORT_ALREADY_SUBMITTED';

export type PilotReportAlreadySubmittedDetails = { unit: string; submittedOn: string };

/** Changing what the submitted pilot report covers, or submitting it twice. */
export class PilotReportAlreadySubmittedError extends DomainError {
  declare readonly code: typeof PILOT_REPORT_ALREADY_SUBMITTED;
  declare readonly details: PilotReportAlreadySubmittedDetails;

  constructor(p: PilotReportAlreadySubmittedDetails) {
    super(
      PILOT_REPORT_ALREADY_SUBMITTED,
      `The pilot report of ${p.unit} was submitted on ${p.submittedOn}: this can no longer change (unless the province requests rectification).`,
      p,
    );
  }
}

export const isPilotReportAlreadySubmittedError = (
  error: unknown,
): error is PilotReportAlreadySubmittedError => isDomainError(error, PILOT_REPORT_ALREADY_SUBMITTED);
