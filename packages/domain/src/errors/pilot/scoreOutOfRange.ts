import { DomainError, isDomainError } from '../domainError';

export const SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE';

export type ScoreOutOfRangeDetails = { score: number };

/** An acceptance score outside 0–100. */
export class ScoreOutOfRangeError extends DomainError {
  declare readonly code: typeof SCORE_OUT_OF_RANGE;
  declare readonly details: ScoreOutOfRangeDetails;

  constructor(p: ScoreOutOfRangeDetails) {
    super(SCORE_OUT_OF_RANGE, `Score ${p.score} is outside 0–100: give a score from 0 to 100.`, p);
  }
}

export const isScoreOutOfRangeError = (error: unknown): error is ScoreOutOfRangeError =>
  isDomainError(error, SCORE_OUT_OF_RANGE);
