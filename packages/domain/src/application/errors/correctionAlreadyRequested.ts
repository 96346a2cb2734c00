import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_ALREADY_REQUESTED = 'CORRECTION_ALREADY_REQUESTED';

export type CorrectionAlreadyRequestedDetails = { applicationId: string; requestedOn: string };

/** A second correction request. */
export class CorrectionAlreadyRequestedError extends DomainError {
  declare readonly code: typeof CORRECTION_ALREADY_REQUESTED;
  declare readonly details: CorrectionAlreadyRequestedDetails;

  constructor(p: CorrectionAlreadyRequestedDetails) {
    super(
      CORRECTION_ALREADY_REQUESTED,
      `A correction of ${p.applicationId} was already requested on ${p.requestedOn}: correction is requested once, telling everything at once; if the corrected application is still unclear, answer cannot-provide / unclear-after-correction.`,
      p,
    );
  }
}

export const isCorrectionAlreadyRequestedError = (error: unknown): error is CorrectionAlreadyRequestedError =>
  isDomainError(error, CORRECTION_ALREADY_REQUESTED);
