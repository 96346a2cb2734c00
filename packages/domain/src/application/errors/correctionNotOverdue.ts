import { DomainError, isDomainError } from '../../errors/domainError';

export const CORRECTION_NOT_OVERDUE = 'CORRECTION_NOT_OVERDUE';

export type CorrectionNotOverdueDetails = { applicationId: string; correctBy: string; decidedOn: string };

/** Closing for no correction before the correction period ends. */
export class CorrectionNotOverdueError extends DomainError {
  declare readonly code: typeof CORRECTION_NOT_OVERDUE;
  declare readonly details: CorrectionNotOverdueDetails;

  constructor(p: CorrectionNotOverdueDetails) {
    super(
      CORRECTION_NOT_OVERDUE,
      `The applicant has until ${p.correctBy} to correct ${p.applicationId}: other / no-correction can be answered after that date, not on ${p.decidedOn}.`,
      p,
    );
  }
}

export const isCorrectionNotOverdueError = (error: unknown): error is CorrectionNotOverdueError =>
  isDomainError(error, CORRECTION_NOT_OVERDUE);
