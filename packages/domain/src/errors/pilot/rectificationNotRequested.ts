import { DomainError, isDomainError } from '../domainError';

export const RECTIFICATION_NOT_REQUESTED = 'RECTIFICATION_NOT_REQUESTED';

export type RectificationNotRequestedDetails = { unit: string; stage: string };

/** Re-accepting after a failure without requesting rectification. */
export class RectificationNotRequestedError extends DomainError {
  declare readonly code: typeof RECTIFICATION_NOT_REQUESTED;
  declare readonly details: RectificationNotRequestedDetails;

  constructor(p: RectificationNotRequestedDetails) {
    super(
      RECTIFICATION_NOT_REQUESTED,
      `${p.unit} failed ${p.stage} acceptance: request rectification before accepting again.`,
      p,
    );
  }
}

export const isRectificationNotRequestedError = (error: unknown): error is RectificationNotRequestedError =>
  isDomainError(error, RECTIFICATION_NOT_REQUESTED);
