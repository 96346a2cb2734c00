import { DomainError, isDomainError } from '../domainError';

export const PILOT_AREAS_MISSING = 'PILOT_AREAS_MISSING';

export type PilotAreasMissingDetails = { unit: string };

/** Filing a plan before areas are assigned. */
export class PilotAreasMissingError extends DomainError {
  declare readonly code: typeof PILOT_AREAS_MISSING;
  declare readonly details: PilotAreasMissingDetails;

  constructor(p: PilotAreasMissingDetails) {
    super(
      PILOT_AREAS_MISSING,
      `No pilot areas are assigned to ${p.unit}: the province assigns them before the implementation plan is filed.`,
      p,
    );
  }
}

export const isPilotAreasMissingError = (error: unknown): error is PilotAreasMissingError =>
  isDomainError(error, PILOT_AREAS_MISSING);
