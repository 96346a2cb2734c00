import { DomainError, isDomainError } from '../domainError';

export const ALREADY_ACCEPTED = 'ALREADY_ACCEPTED';

export type AlreadyAcceptedDetails = { unit: string; stage: string; conductedOn: string };

/** Accepting a unit that already passed that stage. */
export class AlreadyAcceptedError extends DomainError {
  declare readonly code: typeof ALREADY_ACCEPTED;
  declare readonly details: AlreadyAcceptedDetails;

  constructor(p: AlreadyAcceptedDetails) {
    super(
      ALREADY_ACCEPTED,
      `${p.unit} already passed ${p.stage} acceptance on ${p.conductedOn}: it is not accepted twice.`,
      p,
    );
  }
}

export const isAlreadyAcceptedError = (error: unknown): error is AlreadyAcceptedError =>
  isDomainError(error, ALREADY_ACCEPTED);
