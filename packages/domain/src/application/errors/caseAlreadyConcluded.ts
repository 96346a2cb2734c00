import { DomainError, isDomainError } from '../../errors/domainError';

export const CASE_ALREADY_CONCLUDED = 'CASE_ALREADY_CONCLUDED';

export type CaseAlreadyConcludedDetails = { applicationId: string; caseId: string; concludedOn: string };

/** Concluding a case twice. */
export class CaseAlreadyConcludedError extends DomainError {
  declare readonly code: typeof CASE_ALREADY_CONCLUDED;
  declare readonly details: CaseAlreadyConcludedDetails;

  constructor(p: CaseAlreadyConcludedDetails) {
    super(
      CASE_ALREADY_CONCLUDED,
      `Case ${p.caseId} of ${p.applicationId} already ended on ${p.concludedOn}.`,
      p,
    );
  }
}

export const isCaseAlreadyConcludedError = (error: unknown): error is CaseAlreadyConcludedError =>
  isDomainError(error, CASE_ALREADY_CONCLUDED);
