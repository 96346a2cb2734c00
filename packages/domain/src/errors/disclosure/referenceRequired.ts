import { DomainError, isDomainError } from '../domainError';

export const REFERENCE_REQUIRED = 'REFERENCE_REQUIRED';

export type ReferenceRequiredDetails = { itemId: string; channel: string };

/** An offline publication without any reference. */
export class ReferenceRequiredError extends DomainError {
  declare readonly code: typeof REFERENCE_REQUIRED;
  declare readonly details: ReferenceRequiredDetails;

  constructor(p: ReferenceRequiredDetails) {
    super(
      REFERENCE_REQUIRED,
      `A publication on ${p.channel} for item ${p.itemId} needs a url or a reference (index number, board location): add one.`,
      p,
    );
  }
}

export const isReferenceRequiredError = (error: unknown): error is ReferenceRequiredError =>
  isDomainError(error, REFERENCE_REQUIRED);
