import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_NOT_REQUESTED = 'CORRECTION_NOT_REQUESTED';

export type CorrectionNotRequestedDetails = { applicationId: string };

/** A corrected application, or a ground that needs one, without a request. */
export class CorrectionNotRequestedError extends DomainError {
  declare readonly code: typeof CORRECTION_NOT_REQUESTED;
  declare readonly details: CorrectionNotRequestedDetails;

  constructor(p: CorrectionNotRequestedDetails) {
    super(
      CORRECTION_NOT_REQUESTED,
      `No correction of ${p.applicationId} was requested: request it before recording or relying on one.`,
      p,
    );
  }
}

export const isCorrectionNotRequestedError = (error: unknown): error is CorrectionNotRequestedError =>
  isDomainError(error, CORRECTION_NOT_REQUESTED);
