import { DomainError, isDomainError } from '../../errors/domainError';

export const CASE_ALREADY_RECORDED = 'CASE_ALREADY_RECORDED';

export type CaseAlreadyRecordedDetails = { applicationId: string; caseId: string };

/** A case id recorded twice. */
export class CaseAlreadyRecordedError extends DomainError {
  declare readonly code: typeof CASE_ALREADY_RECORDED;
  declare readonly details: CaseAlreadyRecordedDetails;

  constructor(p: CaseAlreadyRecordedDetails) {
    super(
      CASE_ALREADY_RECORDED,
      `Case ${p.caseId} of ${p.applicationId} is already recorded: use a new caseId.`,
      p,
    );
  }
}

export const isCaseAlreadyRecordedError = (error: unknown): error is CaseAlreadyRecordedError =>
  isDomainError(error, CASE_ALREADY_RECORDED);
