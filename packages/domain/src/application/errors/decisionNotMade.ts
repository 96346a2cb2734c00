import { DomainError, isDomainError } from '../../errors/domainError';

export const DECISION_NOT_MADE = 'DECISION_NOT_MADE';

export type DecisionNotMadeDetails = { applicationId: string; step: string };

/** Delivery before the answer. */
export class DecisionNotMadeError extends DomainError {
  declare readonly code: typeof DECISION_NOT_MADE;
  declare readonly details: DecisionNotMadeDetails;

  constructor(p: DecisionNotMadeDetails) {
    super(
      DECISION_NOT_MADE,
      `Application ${p.applicationId} has not been answered: record the decision before ${p.step}.`,
      p,
    );
  }
}

export const isDecisionNotMadeError = (error: unknown): error is DecisionNotMadeError =>
  isDomainError(error, DECISION_NOT_MADE);
