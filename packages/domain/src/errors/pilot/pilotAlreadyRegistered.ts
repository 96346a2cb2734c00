import { DomainError, isDomainError } from '../domainError';

export const PILOT_ALREADY_REGISTERED = 'PILOT_ALREADY_REGISTERED';

export type PilotAlreadyRegisteredDetails = { unit: string };

/** Registering a pilot unit twice. */
export class PilotAlreadyRegisteredError extends DomainError {
  declare readonly code: typeof PILOT_ALREADY_REGISTERED;
  declare readonly details: PilotAlreadyRegisteredDetails;

  constructor(p: PilotAlreadyRegisteredDetails) {
    super(PILOT_ALREADY_REGISTERED, `${p.unit} is already registered as a pilot unit.`, p);
  }
}

export const isPilotAlreadyRegisteredError = (error: unknown): error is PilotAlreadyRegisteredError =>
  isDomainError(error, PILOT_ALREADY_REGISTERED);
