import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_WINDOW_PASSED = 'CORRECTION_WINDOW_PASSED';

export type CorrectionWindowPassedDetails = {
  applicationId: string;
  requestedOn: string;
  lastDay: string;
  basis: string;
};

/** A correction requested after its window. */
export class CorrectionWindowPassedError extends DomainError {
  declare readonly code: typeof CORRECTION_WINDOW_PASSED;
  declare readonly details: CorrectionWindowPassedDetails;

  constructor(p: CorrectionWindowPassedDetails) {
    super(
      CORRECTION_WINDOW_PASSED,
      `A correction of ${p.applicationId} must be requested by ${p.lastDay}, not ${p.requestedOn} (${p.basis}).`,
      p,
    );
  }
}

export const isCorrectionWindowPassedError = (error: unknown): error is CorrectionWindowPassedError =>
  isDomainError(error, CORRECTION_WINDOW_PASSED);
