import { DomainError, isDomainError } from '../../errors/domainError';

export const VOLUME_ALREADY_DEFERRED = 'VOLUME_ALREADY_DEFERRED';

export type VolumeAlreadyDeferredDetails = { applicationId: string; deferredTo: string };

/** A second volume deferral. */
export class VolumeAlreadyDeferredError extends DomainError {
  declare readonly code: typeof VOLUME_ALREADY_DEFERRED;
  declare readonly details: VolumeAlreadyDeferredDetails;

  constructor(p: VolumeAlreadyDeferredDetails) {
    super(
      VOLUME_ALREADY_DEFERRED,
      `The answer to ${p.applicationId} was already deferred to ${p.deferredTo}.`,
      p,
    );
  }
}

export const isVolumeAlreadyDeferredError = (error: unknown): error is VolumeAlreadyDeferredError =>
  isDomainError(error, VOLUME_ALREADY_DEFERRED);
