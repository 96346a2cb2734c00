import { DomainError, isDomainError } from '../domainError';

export const INVALID_CONTEXT = 'INVALID_CONTEXT';

export type InvalidContextDetails = { field: string; value: string };

/** The context handed to the domain is malformed (a bug in the caller). */
export class InvalidContextError extends DomainError {
  declare readonly code: typeof INVALID_CONTEXT;
  declare readonly details: InvalidContextDetails;

  constructor(p: InvalidContextDetails) {
    super(
      INVALID_CONTEXT,
      `Command context ${p.field} is not valid (${JSON.stringify(p.value)}): pass an ISO 8601 instant, e.g. 2018-07-10T09:00:00+08:00.`,
      p,
    );
  }
}

export const isInvalidContextError = (error: unknown): error is InvalidContextError =>
  isDomainError(error, INVALID_CONTEXT);
