import { DomainError, isDomainError } from '../domainError';

export const INVALID_STREAM_ID = 'INVALID_STREAM_ID';

export type InvalidStreamIdDetails = { streamId: string };

/** A stream id that does not follow `<category>-<tenant>[-<id>]`. */
export class InvalidStreamIdError extends DomainError {
  declare readonly code: typeof INVALID_STREAM_ID;
  declare readonly details: InvalidStreamIdDetails;

  constructor(p: InvalidStreamIdDetails) {
    super(
      INVALID_STREAM_ID,
      `Stream id ${JSON.stringify(p.streamId)} is not <category>-<tenant>[-<id>] with a known category and a six-digit tenant code.`,
      p,
    );
  }
}

export const isInvalidStreamIdError = (error: unknown): error is InvalidStreamIdError =>
  isDomainError(error, INVALID_STREAM_ID);
