import { DomainError, isDomainError } from '../domainError';

export const PREFECTURE_STAGE_NOT_APPLICABLE = 'PREFECTURE_STAGE_NOT_APPLICABLE';

export type PrefectureStageNotApplicableDetails = { unit: string; reportsTo: string };

/** Prefecture acceptance of a county that reports to the province directly. */
export class PrefectureStageNotApplicableError extends DomainError {
  declare readonly code: typeof PREFECTURE_STAGE_NOT_APPLICABLE;
  declare readonly details: PrefectureStageNotApplicableDetails;

  constructor(p: PrefectureStageNotApplicableDetails) {
    super(
      PREFECTURE_STAGE_NOT_APPLICABLE,
      `${p.unit} reports directly to ${p.reportsTo}: there is no prefecture acceptance; the province accepts it.`,
      p,
    );
  }
}

export const isPrefectureStageNotApplicableError = (
  error: unknown,
): error is PrefectureStageNotApplicableError => isDomainError(error, PREFECTURE_STAGE_NOT_APPLICABLE);
