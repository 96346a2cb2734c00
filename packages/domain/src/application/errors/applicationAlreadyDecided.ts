import { DomainError, isDomainError } from '../../errors/domainError';

export const APPLICATION_ALREADY_DECIDED = 'APPLICATION_ALREADY_DECIDED';

export type ApplicationAlreadyDecidedDetails = { applicationId: string; decidedOn: string };

/** A handling step after the answer. */
export class ApplicationAlreadyDecidedError extends DomainError {
  declare readonly code: typeof APPLICATION_ALREADY_DECIDED;
  declare readonly details: ApplicationAlreadyDecidedDetails;

  constructor(p: ApplicationAlreadyDecidedDetails) {
    super(
      APPLICATION_ALREADY_DECIDED,
      `Application ${p.applicationId} was answered on ${p.decidedOn}: an answered application takes no further handling step.`,
      p,
    );
  }
}

export const isApplicationAlreadyDecidedError = (error: unknown): error is ApplicationAlreadyDecidedError =>
  isDomainError(error, APPLICATION_ALREADY_DECIDED);
