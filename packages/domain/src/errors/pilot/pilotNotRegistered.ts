import { DomainError, isDomainError } from '../domainError';

export const PILOT_NOT_REGISTERED = 'PILOT_NOT_REGISTERED';

export type PilotNotRegisteredDetails = { unit: string };

/** Acting on a unit that is not a registered pilot. */
export class PilotNotRegisteredError extends DomainError {
  declare readonly code: typeof PILOT_NOT_REGISTERED;
  declare readonly details: PilotNotRegisteredDetails;

  constructor(p: PilotNotRegisteredDetails) {
    super(
      PILOT_NOT_REGISTERED,
      `${p.unit} is not a registered pilot unit: the province registers it first.`,
      p,
    );
  }
}

export const isPilotNotRegisteredError = (error: unknown): error is PilotNotRegisteredError =>
  isDomainError(error, PILOT_NOT_REGISTERED);
