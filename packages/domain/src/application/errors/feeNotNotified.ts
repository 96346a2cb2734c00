import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_NOT_NOTIFIED = 'FEE_NOT_NOTIFIED';

export type FeeNotNotifiedDetails = { applicationId: string };

/** A payment, or non-payment, of a fee never notified. */
export class FeeNotNotifiedError extends DomainError {
  declare readonly code: typeof FEE_NOT_NOTIFIED;
  declare readonly details: FeeNotNotifiedDetails;

  constructor(p: FeeNotNotifiedDetails) {
    super(
      FEE_NOT_NOTIFIED,
      `No fee was notified for ${p.applicationId}: notify it before recording its payment or non-payment.`,
      p,
    );
  }
}

export const isFeeNotNotifiedError = (error: unknown): error is FeeNotNotifiedError =>
  isDomainError(error, FEE_NOT_NOTIFIED);
