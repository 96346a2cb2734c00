import { DomainError, isDomainError } from '../../errors/domainError';

export const EXTENSION_TOO_LONG = 'EXTENSION_TOO_LONG';

export type ExtensionTooLongDetails = {
  workingDays: number;
  maxWorkingDays: number;
  regulation: string;
  basis: string;
};

/** An extension past its limit. */
export class ExtensionTooLongError extends DomainError {
  declare readonly code: typeof EXTENSION_TOO_LONG;
  declare readonly details: ExtensionTooLongDetails;

  constructor(p: ExtensionTooLongDetails) {
    super(
      EXTENSION_TOO_LONG,
      `An extension of ${p.workingDays} working days is past the limit of ${p.maxWorkingDays} under ${p.regulation} (${p.basis}).`,
      p,
    );
  }
}

export const isExtensionTooLongError = (error: unknown): error is ExtensionTooLongError =>
  isDomainError(error, EXTENSION_TOO_LONG);
