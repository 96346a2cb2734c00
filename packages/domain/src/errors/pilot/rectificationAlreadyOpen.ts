import { DomainError, isDomainError } from '../domainError';

export const RECTIFICATION_ALREADY_OPEN = 'RECTIFICATION_ALREADY_OPEN';

export type RectificationAlreadyOpenDetails = { unit: string; stage: string; requestedOn: string };

/** Requesting rectification twice for one failure. */
export class RectificationAlreadyOpenError extends DomainError {
  declare readonly code: typeof RECTIFICATION_ALREADY_OPEN;
  declare readonly details: RectificationAlreadyOpenDetails;

  constructor(p: RectificationAlreadyOpenDetails) {
    super(
      RECTIFICATION_ALREADY_OPEN,
      `A ${p.stage} rectification of ${p.unit} requested on ${p.requestedOn} is still open: accept again once it is done.`,
      p,
    );
  }
}

export const isRectificationAlreadyOpenError = (error: unknown): error is RectificationAlreadyOpenError =>
  isDomainError(error, RECTIFICATION_ALREADY_OPEN);
