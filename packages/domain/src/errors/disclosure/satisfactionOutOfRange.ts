import { DomainError, isDomainError } from '../domainError';

export const SATISFACTION_OUT_OF_RANGE = 'SATISFACTION_OUT_OF_RANGE';

export type SatisfactionOutOfRangeDetails = { satisfaction: number };

/** A satisfaction figure outside 1–5. */
export class SatisfactionOutOfRangeError extends DomainError {
  declare readonly code: typeof SATISFACTION_OUT_OF_RANGE;
  declare readonly details: SatisfactionOutOfRangeDetails;

  constructor(p: SatisfactionOutOfRangeDetails) {
    super(
      SATISFACTION_OUT_OF_RANGE,
      `Satisfaction ${p.satisfaction} is outside the 1–5 scale: give a value from 1 to 5.`,
      p,
    );
  }
}

export const isSatisfactionOutOfRangeError = (error: unknown): error is SatisfactionOutOfRangeError =>
  isDomainError(error, SATISFACTION_OUT_OF_RANGE);

/** Satisfaction is on the 1–5 scale (NaN included in what is refused). */
export const assertSatisfactionInRange = (satisfaction: number): void => {
  if (!(satisfaction >= 1 && satisfaction <= 5)) throw new SatisfactionOutOfRangeError({ satisfaction });
};
