import { DomainError, isDomainError } from '../domainError';

export const PILOT_LEVEL_MISMATCH = 'PILOT_LEVEL_MISMATCH';

export type PilotLevelMismatchDetails = { unit: string; requested: string; directory: string };

/** A pilot level that contradicts the tenant directory. */
export class PilotLevelMismatchError extends DomainError {
  declare readonly code: typeof PILOT_LEVEL_MISMATCH;
  declare readonly details: PilotLevelMismatchDetails;

  constructor(p: PilotLevelMismatchDetails) {
    super(
      PILOT_LEVEL_MISMATCH,
      `${p.unit} is a ${p.directory} pilot in the tenant directory, not ${p.requested}: register it at that level or correct the directory.`,
      p,
    );
  }
}

export const isPilotLevelMismatchError = (error: unknown): error is PilotLevelMismatchError =>
  isDomainError(error, PILOT_LEVEL_MISMATCH);
