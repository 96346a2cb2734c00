import { DomainError, isDomainError } from '../domainError';

export const RETIREMENT_REASON_REQUIRED = 'RETIREMENT_REASON_REQUIRED';

export type RetirementReasonRequiredDetails = { itemId: string };

/** Retiring an item without a reason. */
export class RetirementReasonRequiredError extends DomainError {
  declare readonly code: typeof RETIREMENT_REASON_REQUIRED;
  declare readonly details: RetirementReasonRequiredDetails;

  constructor(p: RetirementReasonRequiredDetails) {
    super(
      RETIREMENT_REASON_REQUIRED,
      `Retiring item ${p.itemId} needs a reason (e.g. the duty was abolished or merged): give one.`,
      p,
    );
  }
}

export const isRetirementReasonRequiredError = (error: unknown): error is RetirementReasonRequiredError =>
  isDomainError(error, RETIREMENT_REASON_REQUIRED);
