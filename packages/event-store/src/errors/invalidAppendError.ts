import { hasCode } from './hasCode';

export const INVALID_APPEND = 'INVALID_APPEND';

/** The append itself is malformed (empty batch, bad ids, bad revision...): fix the caller, do not retry. */
export class InvalidAppendError extends Error {
  readonly code = INVALID_APPEND;

  constructor(
    readonly streamId: string,
    readonly reason: string,
    /** Index of the offending event in the batch, when one is to blame. */
    readonly eventIndex?: number,
  ) {
    const where = eventIndex === undefined ? '' : ` (event #${eventIndex})`;
    super(`Invalid append to stream ${JSON.stringify(streamId)}${where}: ${reason}.`);
    this.name = 'InvalidAppendError';
  }
}

export const isInvalidAppendError = (error: unknown): error is InvalidAppendError =>
  hasCode(error, INVALID_APPEND);
