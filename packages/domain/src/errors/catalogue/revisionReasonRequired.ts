import { DomainError, isDomainError } from '../domainError';

export const REVISION_REASON_REQUIRED = 'REVISION_REASON_REQUIRED';

export type RevisionReasonRequiredDetails = { itemId: string };

/** A standard revision without a reason (dynamic adjustment must be justified). */
export class RevisionReasonRequiredError extends DomainError {
  declare readonly code: typeof REVISION_REASON_REQUIRED;
  declare readonly details: RevisionReasonRequiredDetails;

  constructor(p: RevisionReasonRequiredDetails) {
    super(
      REVISION_REASON_REQUIRED,
      `A revision of item ${p.itemId} needs a reason (a changed law, responsibility or practice): give one.`,
      p,
    );
  }
}

export const isRevisionReasonRequiredError = (error: unknown): error is RevisionReasonRequiredError =>
  isDomainError(error, REVISION_REASON_REQUIRED);
