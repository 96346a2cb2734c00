import { DomainError, isDomainError } from '../../errors/domainError';

export const REVIEW_NOT_CONCLUDED = 'REVIEW_NOT_CONCLUDED';

export type ReviewNotConcludedDetails = { applicationId: string };

/** A suit after review without a concluded review. */
export class ReviewNotConcludedError extends DomainError {
  declare readonly code: typeof REVIEW_NOT_CONCLUDED;
  declare readonly details: ReviewNotConcludedDetails;

  constructor(p: ReviewNotConcludedDetails) {
    super(
      REVIEW_NOT_CONCLUDED,
      `A suit after review needs a concluded administrative review of ${p.applicationId}: record the review and its outcome first, or file suit-without-review.`,
      p,
    );
  }
}

export const isReviewNotConcludedError = (error: unknown): error is ReviewNotConcludedError =>
  isDomainError(error, REVIEW_NOT_CONCLUDED);
