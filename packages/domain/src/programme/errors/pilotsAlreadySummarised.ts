import { DomainError, isDomainError } from '../../errors/domainError';

export const PILOTS_ALREADY_SUMMARISED = 'PILOTS_ALREADY_SUMMARISED';

export type PilotsAlreadySummarisedDetails = { province: string; summarisedOn: string };

/** A second summary of the provincial pilots. */
export class PilotsAlreadySummarisedError extends DomainError {
  declare readonly code: typeof PILOTS_ALREADY_SUMMARISED;
  declare readonly details: PilotsAlreadySummarisedDetails;

  constructor(p: PilotsAlreadySummarisedDetails) {
    super(
      PILOTS_ALREADY_SUMMARISED,
      `${p.province} summarised its provincial pilots on ${p.summarisedOn}; the summary is made once.`,
      p,
    );
  }
}

export const isPilotsAlreadySummarisedError = (error: unknown): error is PilotsAlreadySummarisedError =>
  isDomainError(error, PILOTS_ALREADY_SUMMARISED);
