import { DomainError, isDomainError } from '../../errors/domainError';

export const DECISION_GROUND_INVALID = 'DECISION_GROUND_INVALID';

export type DecisionGroundInvalidDetails = {
  result: string;
  ground: string | null;
  allowed: readonly string[];
};

/** A ground that does not belong to the result. */
export class DecisionGroundInvalidError extends DomainError {
  declare readonly code: typeof DECISION_GROUND_INVALID;
  declare readonly details: DecisionGroundInvalidDetails;

  constructor(p: DecisionGroundInvalidDetails) {
    super(
      DECISION_GROUND_INVALID,
      `${p.allowed.length === 0 ? `A ${p.result} answer takes no ground` : `A ${p.result} answer needs one of: ${p.allowed.join(', ')}`}, not ${p.ground ?? 'none'}.`,
      p,
    );
  }
}

export const isDecisionGroundInvalidError = (error: unknown): error is DecisionGroundInvalidError =>
  isDomainError(error, DECISION_GROUND_INVALID);
