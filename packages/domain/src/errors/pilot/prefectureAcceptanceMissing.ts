import { DomainError, isDomainError } from '../domainError';

export const PREFECTURE_ACCEPTANCE_MISSING = 'PREFECTURE_ACCEPTANCE_MISSING';

export type PrefectureAcceptanceMissingDetails = { unit: string };

/** A pilot report before the prefecture has accepted the unit. */
export class PrefectureAcceptanceMissingError extends DomainError {
  declare readonly code: typeof PREFECTURE_ACCEPTANCE_MISSING;
  declare readonly details: PrefectureAcceptanceMissingDetails;

  constructor(p: PrefectureAcceptanceMissingDetails) {
    super(
      PREFECTURE_ACCEPTANCE_MISSING,
      `${p.unit} has not passed prefecture acceptance: the prefecture accepts the pilot before sending its report.`,
      p,
    );
  }
}

export const isPrefectureAcceptanceMissingError = (
  error: unknown,
): error is PrefectureAcceptanceMissingError => isDomainError(error, PREFECTURE_ACCEPTANCE_MISSING);
