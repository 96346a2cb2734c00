import { DomainError, isDomainError } from '../../errors/domainError';

export const CASE_UNKNOWN = 'CASE_UNKNOWN';

export type CaseUnknownDetails = { applicationId: string; caseId: string };

/** Concluding a case never filed. */
export class CaseUnknownError extends DomainError {
  declare readonly code: typeof CASE_UNKNOWN;
  declare readonly details: CaseUnknownDetails;

  constructor(p: CaseUnknownDetails) {
    super(
      CASE_UNKNOWN,
      `Application ${p.applicationId} has no case ${p.caseId}: record FileReviewOrSuit first.`,
      p,
    );
  }
}

export const isCaseUnknownError = (error: unknown): error is CaseUnknownError =>
  isDomainError(error, CASE_UNKNOWN);
