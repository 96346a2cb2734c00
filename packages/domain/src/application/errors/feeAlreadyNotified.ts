import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_ALREADY_NOTIFIED = 'FEE_ALREADY_NOTIFIED';

export type FeeAlreadyNotifiedDetails = { applicationId: string; notifiedOn: string };

/** A second fee notice. */
export class FeeAlreadyNotifiedError extends DomainError {
  declare readonly code: typeof FEE_ALREADY_NOTIFIED;
  declare readonly details: FeeAlreadyNotifiedDetails;

  constructor(p: FeeAlreadyNotifiedDetails) {
    super(
      FEE_ALREADY_NOTIFIED,
      `A fee for ${p.applicationId} was already notified on ${p.notifiedOn}: one method per application, never both.`,
      p,
    );
  }
}

export const isFeeAlreadyNotifiedError = (error: unknown): error is FeeAlreadyNotifiedError =>
  isDomainError(error, FEE_ALREADY_NOTIFIED);
