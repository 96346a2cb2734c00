import { DomainError, isDomainError } from '../../errors/domainError';

export const EXTENSION_AFTER_DEADLINE = 'EXTENSION_AFTER_DEADLINE';

export type ExtensionAfterDeadlineDetails = { applicationId: string; extendedOn: string; dueOn: string };

/** Extending a deadline that has already passed. */
export class ExtensionAfterDeadlineError extends DomainError {
  declare readonly code: typeof EXTENSION_AFTER_DEADLINE;
  declare readonly details: ExtensionAfterDeadlineDetails;

  constructor(p: ExtensionAfterDeadlineDetails) {
    super(
      EXTENSION_AFTER_DEADLINE,
      `The deadline of ${p.applicationId} passed on ${p.dueOn}: an extension must be granted (and the applicant told) by then, not on ${p.extendedOn}.`,
      p,
    );
  }
}

export const isExtensionAfterDeadlineError = (error: unknown): error is ExtensionAfterDeadlineError =>
  isDomainError(error, EXTENSION_AFTER_DEADLINE);
