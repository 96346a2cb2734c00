import { DomainError, isDomainError } from '../../errors/domainError';

export const EXTENSION_ALREADY_GRANTED = 'EXTENSION_ALREADY_GRANTED';

export type ExtensionAlreadyGrantedDetails = { applicationId: string; extendedOn: string };

/** A second extension. */
export class ExtensionAlreadyGrantedError extends DomainError {
  declare readonly code: typeof EXTENSION_ALREADY_GRANTED;
  declare readonly details: ExtensionAlreadyGrantedDetails;

  constructor(p: ExtensionAlreadyGrantedDetails) {
    super(
      EXTENSION_ALREADY_GRANTED,
      `The deadline of ${p.applicationId} was already extended on ${p.extendedOn}: it is extended once.`,
      p,
    );
  }
}

export const isExtensionAlreadyGrantedError = (error: unknown): error is ExtensionAlreadyGrantedError =>
  isDomainError(error, EXTENSION_ALREADY_GRANTED);
