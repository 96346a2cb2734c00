import { DomainError, isDomainError } from '../../errors/domainError';

export const VOLUME_DEFERRAL_NOT_LATER = 'VOLUME_DEFERRAL_NOT_LATER';

export type VolumeDeferralNotLaterDetails = { applicationId: string; deferredTo: string; dueOn: string };

/** A volume deferral to a date that is not later. */
export class VolumeDeferralNotLaterError extends DomainError {
  declare readonly code: typeof VOLUME_DEFERRAL_NOT_LATER;
  declare readonly details: VolumeDeferralNotLaterDetails;

  constructor(p: VolumeDeferralNotLaterDetails) {
    super(
      VOLUME_DEFERRAL_NOT_LATER,
      `A deferral must set a date after the statutory deadline ${p.dueOn}, not ${p.deferredTo}: if the answer fits the deadline, no deferral is needed.`,
      p,
    );
  }
}

export const isVolumeDeferralNotLaterError = (error: unknown): error is VolumeDeferralNotLaterError =>
  isDomainError(error, VOLUME_DEFERRAL_NOT_LATER);
