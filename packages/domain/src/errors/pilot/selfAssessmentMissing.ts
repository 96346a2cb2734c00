import { DomainError, isDomainError } from '../domainError';

export const SELF_ASSESSMENT_MISSING = 'SELF_ASSESSMENT_MISSING';

export type SelfAssessmentMissingDetails = { unit: string };

/** Acceptance or a report before the self-assessment. */
export class SelfAssessmentMissingError extends DomainError {
  declare readonly code: typeof SELF_ASSESSMENT_MISSING;
  declare readonly details: SelfAssessmentMissingDetails;

  constructor(p: SelfAssessmentMissingDetails) {
    super(
      SELF_ASSESSMENT_MISSING,
      `${p.unit} has not submitted its self-assessment: it comes before acceptance and the pilot report.`,
      p,
    );
  }
}

export const isSelfAssessmentMissingError = (error: unknown): error is SelfAssessmentMissingError =>
  isDomainError(error, SELF_ASSESSMENT_MISSING);
