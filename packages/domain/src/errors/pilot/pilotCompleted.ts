import { DomainError, isDomainError } from '../domainError';

export const PILOT_COMPLETED = 'PILOT_COMPLETED';

export type PilotCompletedDetails = { unit: string; completedOn: string };

/** Acting on a completed pilot. */
export class PilotCompletedError extends DomainError {
  declare readonly code: typeof PILOT_COMPLETED;
  declare readonly details: PilotCompletedDetails;

  constructor(p: PilotCompletedDetails) {
    super(
      PILOT_COMPLETED,
      `The pilot of ${p.unit} was completed on ${p.completedOn}: nothing more can be recorded on it.`,
      p,
    );
  }
}

export const isPilotCompletedError = (error: unknown): error is PilotCompletedError =>
  isDomainError(error, PILOT_COMPLETED);
