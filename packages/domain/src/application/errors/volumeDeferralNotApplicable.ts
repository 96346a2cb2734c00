import { DomainError, isDomainError } from '../../errors/domainError';

export const VOLUME_DEFERRAL_NOT_APPLICABLE = 'VOLUME_DEFERRAL_NOT_APPLICABLE';

export type VolumeDeferralNotApplicableDetails = { applicationId: string; regulation: string; basis: string };

/** A volume deferral under the 2007 regulation. */
export class VolumeDeferralNotApplicableError extends DomainError {
  declare readonly code: typeof VOLUME_DEFERRAL_NOT_APPLICABLE;
  declare readonly details: VolumeDeferralNotApplicableDetails;

  constructor(p: VolumeDeferralNotApplicableDetails) {
    super(
      VOLUME_DEFERRAL_NOT_APPLICABLE,
      `Application ${p.applicationId} is handled under ${p.regulation}, which has no later answer date for volume (${p.basis}).`,
      p,
    );
  }
}

export const isVolumeDeferralNotApplicableError = (
  error: unknown,
): error is VolumeDeferralNotApplicableError => isDomainError(error, VOLUME_DEFERRAL_NOT_APPLICABLE);
