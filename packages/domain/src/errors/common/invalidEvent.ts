import { DomainError, isDomainError } from '../domainError';

export const INVALID_EVENT = 'INVALID_EVENT';

export type InvalidEventDetails = { type: string; schemaVersion: number; issues: readonly string[] };

/** Stored or emitted event data that does not match its schema. */
export class InvalidEventError extends DomainError {
  declare readonly code: typeof INVALID_EVENT;
  declare readonly details: InvalidEventDetails;

  constructor(p: InvalidEventDetails) {
    super(
      INVALID_EVENT,
      `Event ${p.type} v${p.schemaVersion} does not match its schema: ${p.issues.join('; ')}.`,
      p,
    );
  }
}

export const isInvalidEventError = (error: unknown): error is InvalidEventError =>
  isDomainError(error, INVALID_EVENT);
