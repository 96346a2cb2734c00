import { hasCode } from './hasCode';

export const REFERENCE_MESSAGE_INVALID = 'REFERENCE_MESSAGE_INVALID';

/** A message on the reference topic that does not follow the reference item schema. */
export class ReferenceMessageInvalidError extends Error {
  readonly code = REFERENCE_MESSAGE_INVALID;

  constructor(readonly issues: readonly string[]) {
    super(
      `The reference message is not a valid reference item (specVersion 1): ${issues.join('; ')}. ` +
        'Fix the sending system and send the item again.',
    );
    this.name = 'ReferenceMessageInvalidError';
  }
}

export const isReferenceMessageInvalidError = (error: unknown): error is ReferenceMessageInvalidError =>
  hasCode(error, REFERENCE_MESSAGE_INVALID);
