import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_UNPAID = 'FEE_UNPAID';

export type FeeUnpaidDetails = { applicationId: string; payBy: string };

/** Answering while the fee is awaited. */
export class FeeUnpaidError extends DomainError {
  declare readonly code: typeof FEE_UNPAID;
  declare readonly details: FeeUnpaidDetails;

  constructor(p: FeeUnpaidDetails) {
    super(
      FEE_UNPAID,
      `Application ${p.applicationId} waits for its fee (payable by ${p.payBy}): record the payment, or after ${p.payBy} answer other / fee-not-paid.`,
      p,
    );
  }
}

export const isFeeUnpaidError = (error: unknown): error is FeeUnpaidError => isDomainError(error, FEE_UNPAID);
