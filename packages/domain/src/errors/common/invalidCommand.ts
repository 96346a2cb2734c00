import { DomainError, isDomainError } from '../domainError';

export const INVALID_COMMAND = 'INVALID_COMMAND';

export type InvalidCommandDetails = { issues: readonly string[] };

/** A command that does not match its schema. */
export class InvalidCommandError extends DomainError {
  declare readonly code: typeof INVALID_COMMAND;
  declare readonly details: InvalidCommandDetails;

  constructor(p: InvalidCommandDetails) {
    super(
      INVALID_COMMAND,
      `The command is not valid: ${p.issues.join('; ')}. Fix these fields and send it again.`,
      p,
    );
  }
}

export const isInvalidCommandError = (error: unknown): error is InvalidCommandError =>
  isDomainError(error, INVALID_COMMAND);
