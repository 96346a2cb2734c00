import { DomainError, isDomainError } from '../domainError';

export const SELF_ASSESSMENT_INCOMPLETE = 'SELF_ASSESSMENT_INCOMPLETE';

export type SelfAssessmentIncompleteDetails = { unit: string; missing: readonly string[] };

/** A self-assessment with empty chapters. */
export class SelfAssessmentIncompleteError extends DomainError {
  declare readonly code: typeof SELF_ASSESSMENT_INCOMPLETE;
  declare readonly details: SelfAssessmentIncompleteDetails;

  constructor(p: SelfAssessmentIncompleteDetails) {
    super(
      SELF_ASSESSMENT_INCOMPLETE,
      `The self-assessment of ${p.unit} must say something under ${p.missing.join(', ')}: fill them in.`,
      p,
    );
  }
}

export const isSelfAssessmentIncompleteError = (error: unknown): error is SelfAssessmentIncompleteError =>
  isDomainError(error, SELF_ASSESSMENT_INCOMPLETE);
