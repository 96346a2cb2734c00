export const SCORING_RULES_INVALID = 'SCORING_RULES_INVALID';

/** Scoring rules that cannot score: the message names the rule and what to fix. */
export class ScoringRulesInvalidError extends Error {
  readonly code = SCORING_RULES_INVALID;

  constructor(message: string) {
    super(message);
    this.name = 'ScoringRulesInvalidError';
  }
}

export const isScoringRulesInvalidError = (error: unknown): error is ScoringRulesInvalidError =>
  error instanceof Error && (error as { code?: unknown }).code === SCORING_RULES_INVALID;
