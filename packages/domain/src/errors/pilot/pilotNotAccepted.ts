import { DomainError, isDomainError } from '../domainError';

export const PILOT_NOT_ACCEPTED = 'PILOT_NOT_ACCEPTED';

export type PilotNotAcceptedDetails = { unit: string };

/** Completing a pilot the province has not accepted. */
export class PilotNotAcceptedError extends DomainError {
  declare readonly code: typeof PILOT_NOT_ACCEPTED;
  declare readonly details: PilotNotAcceptedDetails;

  constructor(p: PilotNotAcceptedDetails) {
    super(
      PILOT_NOT_ACCEPTED,
      `${p.unit} has not passed provincial acceptance: it cannot be completed yet.`,
      p,
    );
  }
}

export const isPilotNotAcceptedError = (error: unknown): error is PilotNotAcceptedError =>
  isDomainError(error, PILOT_NOT_ACCEPTED);
