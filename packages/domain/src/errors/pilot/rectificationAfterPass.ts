import { DomainError, isDomainError } from '../domainError';

export const RECTIFICATION_AFTER_PASS = 'RECTIFICATION_AFTER_PASS';

export type RectificationAfterPassDetails = { unit: string; stage: string };

/** Requesting rectification of a unit that passed. */
export class RectificationAfterPassError extends DomainError {
  declare readonly code: typeof RECTIFICATION_AFTER_PASS;
  declare readonly details: RectificationAfterPassDetails;

  constructor(p: RectificationAfterPassDetails) {
    super(
      RECTIFICATION_AFTER_PASS,
      `${p.unit} passed ${p.stage} acceptance: rectification is requested only after a failed acceptance.`,
      p,
    );
  }
}

export const isRectificationAfterPassError = (error: unknown): error is RectificationAfterPassError =>
  isDomainError(error, RECTIFICATION_AFTER_PASS);
