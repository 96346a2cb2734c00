import { DomainError, isDomainError } from '../domainError';

export const STANDARD_UNCHANGED = 'STANDARD_UNCHANGED';

export type StandardUnchangedDetails = { itemId: string; version: number };

/** A revision identical to the current standard. */
export class StandardUnchangedError extends DomainError {
  declare readonly code: typeof STANDARD_UNCHANGED;
  declare readonly details: StandardUnchangedDetails;

  constructor(p: StandardUnchangedDetails) {
    super(
      STANDARD_UNCHANGED,
      `The revision is identical to standard v${p.version} of item ${p.itemId}: change at least one element.`,
      p,
    );
  }
}

export const isStandardUnchangedError = (error: unknown): error is StandardUnchangedError =>
  isDomainError(error, STANDARD_UNCHANGED);
