import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_PENDING = 'CORRECTION_PENDING';

export type CorrectionPendingDetails = { applicationId: string; correctBy: string };

/** Answering while a correction is awaited. */
export class CorrectionPendingError extends DomainError {
  declare readonly code: typeof CORRECTION_PENDING;
  declare readonly details: CorrectionPendingDetails;

  constructor(p: CorrectionPendingDetails) {
    super(
      CORRECTION_PENDING,
      `Application ${p.applicationId} waits for the applicant's correction (due ${p.correctBy}): record it, or after ${p.correctBy} answer other / no-correction.`,
      p,
    );
  }
}

export const isCorrectionPendingError = (error: unknown): error is CorrectionPendingError =>
  isDomainError(error, CORRECTION_PENDING);
