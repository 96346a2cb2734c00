import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_ALREADY_PAID = 'FEE_ALREADY_PAID';

export type FeeAlreadyPaidDetails = { applicationId: string; paidOn: string };

/** Recording a payment twice, or closing a paid application for non-payment. */
export class FeeAlreadyPaidError extends DomainError {
  declare readonly code: typeof FEE_ALREADY_PAID;
  declare readonly details: FeeAlreadyPaidDetails;

  constructor(p: FeeAlreadyPaidDetails) {
    super(FEE_ALREADY_PAID, `The fee for ${p.applicationId} was already paid on ${p.paidOn}.`, p);
  }
}

export const isFeeAlreadyPaidError = (error: unknown): error is FeeAlreadyPaidError =>
  isDomainError(error, FEE_ALREADY_PAID);
