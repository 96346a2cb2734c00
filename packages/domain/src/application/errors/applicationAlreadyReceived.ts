import { DomainError, isDomainError } from '../../errors/domainError';

export const APPLICATION_ALREADY_RECEIVED = 'APPLICATION_ALREADY_RECEIVED';

export type ApplicationAlreadyReceivedDetails = { applicationId: string; receivedOn: string };

/** Receiving the same application twice. */
export class ApplicationAlreadyReceivedError extends DomainError {
  declare readonly code: typeof APPLICATION_ALREADY_RECEIVED;
  declare readonly details: ApplicationAlreadyReceivedDetails;

  constructor(p: ApplicationAlreadyReceivedDetails) {
    super(
      APPLICATION_ALREADY_RECEIVED,
      `Application ${p.applicationId} was already received on ${p.receivedOn}: use a new applicationId for a new application.`,
      p,
    );
  }
}

export const isApplicationAlreadyReceivedError = (error: unknown): error is ApplicationAlreadyReceivedError =>
  isDomainError(error, APPLICATION_ALREADY_RECEIVED);
