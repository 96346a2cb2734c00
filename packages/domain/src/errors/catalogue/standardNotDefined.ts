import { DomainError, isDomainError } from '../domainError';

export const STANDARD_NOT_DEFINED = 'STANDARD_NOT_DEFINED';

export type StandardNotDefinedDetails = { itemId: string };

/** Revising or publishing an item without a standard. */
export class StandardNotDefinedError extends DomainError {
  declare readonly code: typeof STANDARD_NOT_DEFINED;
  declare readonly details: StandardNotDefinedDetails;

  constructor(p: StandardNotDefinedDetails) {
    super(
      STANDARD_NOT_DEFINED,
      `Item ${p.itemId} has no standard yet: define it with DefineStandard first.`,
      p,
    );
  }
}

export const isStandardNotDefinedError = (error: unknown): error is StandardNotDefinedError =>
  isDomainError(error, STANDARD_NOT_DEFINED);
