import { DomainError, isDomainError } from '../../errors/domainError';

export const FEE_NOT_APPLICABLE = 'FEE_NOT_APPLICABLE';

export type FeeNotApplicableDetails = { applicationId: string; receivedOn: string; appliesFrom: string };

/** A fee on an application received before the fee rules. */
export class FeeNotApplicableError extends DomainError {
  declare readonly code: typeof FEE_NOT_APPLICABLE;
  declare readonly details: FeeNotApplicableDetails;

  constructor(p: FeeNotApplicableDetails) {
    super(
      FEE_NOT_APPLICABLE,
      `Application ${p.applicationId} was received on ${p.receivedOn}, before the information processing fee rules applied (${p.appliesFrom}, 国办函〔2020〕109号): no fee may be charged.`,
      p,
    );
  }
}

export const isFeeNotApplicableError = (error: unknown): error is FeeNotApplicableError =>
  isDomainError(error, FEE_NOT_APPLICABLE);
