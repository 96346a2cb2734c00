import { DomainError, isDomainError } from '../domainError';

export const STANDARD_INCOMPLETE = 'STANDARD_INCOMPLETE';

export type StandardIncompleteDetails = { itemId: string; missing: readonly string[] };

/** Publishing an item whose standard lacks elements (or revising a published one into that). */
export class StandardIncompleteError extends DomainError {
  declare readonly code: typeof STANDARD_INCOMPLETE;
  declare readonly details: StandardIncompleteDetails;

  constructor(p: StandardIncompleteDetails) {
    super(
      STANDARD_INCOMPLETE,
      `The standard of item ${p.itemId} is incomplete: fill in ${p.missing.join(', ')}, then try again.`,
      p,
    );
  }
}

export const isStandardIncompleteError = (error: unknown): error is StandardIncompleteError =>
  isDomainError(error, STANDARD_INCOMPLETE);
