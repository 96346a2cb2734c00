import { DomainError, isDomainError } from '../domainError';

export const STANDARD_ALREADY_DEFINED = 'STANDARD_ALREADY_DEFINED';

export type StandardAlreadyDefinedDetails = { itemId: string; version: number };

/** Defining a standard twice. */
export class StandardAlreadyDefinedError extends DomainError {
  declare readonly code: typeof STANDARD_ALREADY_DEFINED;
  declare readonly details: StandardAlreadyDefinedDetails;

  constructor(p: StandardAlreadyDefinedDetails) {
    super(
      STANDARD_ALREADY_DEFINED,
      `Item ${p.itemId} already has standard v${p.version}: change it with ReviseStandard and a reason.`,
      p,
    );
  }
}

export const isStandardAlreadyDefinedError = (error: unknown): error is StandardAlreadyDefinedError =>
  isDomainError(error, STANDARD_ALREADY_DEFINED);
