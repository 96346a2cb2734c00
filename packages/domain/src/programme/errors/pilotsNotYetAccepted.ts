import { DomainError, isDomainError } from '../../errors/domainError';

export const PILOTS_NOT_YET_ACCEPTED = 'PILOTS_NOT_YET_ACCEPTED';

export type PilotsNotYetAcceptedDetails = { province: string; pilots: string[] };

/** Summarising the provincial pilots before the province accepted (or failed) any of them. */
export class PilotsNotYetAcceptedError extends DomainError {
  declare readonly code: typeof PILOTS_NOT_YET_ACCEPTED;
  declare readonly details: PilotsNotYetAcceptedDetails;

  constructor(p: PilotsNotYetAcceptedDetails) {
    super(
      PILOTS_NOT_YET_ACCEPTED,
      `${p.province} has not conducted the acceptance of any of its provincial pilots (${p.pilots.join(', ') || 'none registered'}): the summary draws on that acceptance; conduct it first.`,
      p,
    );
  }
}

export const isPilotsNotYetAcceptedError = (error: unknown): error is PilotsNotYetAcceptedError =>
  isDomainError(error, PILOTS_NOT_YET_ACCEPTED);
