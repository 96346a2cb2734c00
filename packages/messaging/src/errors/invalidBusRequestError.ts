import { hasCode } from './hasCode';

export const BUS_INVALID_REQUEST = 'BUS_INVALID_REQUEST';

/** A malformed call (empty group id, no topics, zero partitions...): fix the caller, do not retry. */
export class InvalidBusRequestError extends Error {
  readonly code = BUS_INVALID_REQUEST;

  constructor(
    readonly operation: string,
    readonly reason: string,
  ) {
    super(`Invalid ${operation}: ${reason}.`);
    this.name = 'InvalidBusRequestError';
  }
}

export const isInvalidBusRequestError = (error: unknown): error is InvalidBusRequestError =>
  hasCode(error, BUS_INVALID_REQUEST);
