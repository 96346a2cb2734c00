import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_ALREADY_RECEIVED = 'CORRECTION_ALREADY_RECEIVED';

export type CorrectionAlreadyReceivedDetails = { applicationId: string; receivedOn: string };

/** Recording the corrected application twice. */
export class CorrectionAlreadyReceivedError extends DomainError {
  declare readonly code: typeof CORRECTION_ALREADY_RECEIVED;
  declare readonly details: CorrectionAlreadyReceivedDetails;

  constructor(p: CorrectionAlreadyReceivedDetails) {
    super(
      CORRECTION_ALREADY_RECEIVED,
      `The corrected application ${p.applicationId} was already received on ${p.receivedOn}.`,
      p,
    );
  }
}

export const isCorrectionAlreadyReceivedError = (error: unknown): error is CorrectionAlreadyReceivedError =>
  isDomainError(error, CORRECTION_ALREADY_RECEIVED);
