import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_NOT_OVERDUE = 'FEE_NOT_OVERDUE';

export type FeeNotOverdueDetails = { applicationId: string; payBy: string; decidedOn: string };

/** Closing for non-payment before the payment period ends. */
export class FeeNotOverdueError extends DomainError {
  declare readonly code: typeof FEE_NOT_OVERDUE;
  declare readonly details: FeeNotOverdueDetails;

  constructor(p: FeeNotOverdueDetails) {
    super(
      FEE_NOT_OVERDUE,
      `The applicant has until ${p.payBy} to pay for ${p.applicationId}: other / fee-not-paid can be answered after that date, not on ${p.decidedOn}.`,
      p,
    );
  }
}

export const isFeeNotOverdueError = (error: unknown): error is FeeNotOverdueError =>
  isDomainError(error, FEE_NOT_OVERDUE);
