import { DomainError, isDomainError } from '../../errors/domainError';

export const APPLICATION_NOT_RECEIVED = 'APPLICATION_NOT_RECEIVED';

export type ApplicationNotReceivedDetails = { applicationId: string };

/** A step on an application that was never received. */
export class ApplicationNotReceivedError extends DomainError {
  declare readonly code: typeof APPLICATION_NOT_RECEIVED;
  declare readonly details: ApplicationNotReceivedDetails;

  constructor(p: ApplicationNotReceivedDetails) {
    super(
      APPLICATION_NOT_RECEIVED,
      `Application ${p.applicationId} has not been received: record ReceiveApplication first.`,
      p,
    );
  }
}

export const isApplicationNotReceivedError = (error: unknown): error is ApplicationNotReceivedError =>
  isDomainError(error, APPLICATION_NOT_RECEIVED);
