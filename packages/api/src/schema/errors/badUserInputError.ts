import { ApiError } from '../../graphql/errors/apiError';
import { ErrorCode } from '../../graphql/errors/codes';

/** An argument the caller must change: the message says which one and how. */
export class BadUserInputError extends ApiError {
  readonly code = ErrorCode.BAD_USER_INPUT;

  constructor(message: string, argument?: string) {
    super(message, argument === undefined ? {} : { extensions: { argument } });
  }
}

export const isBadUserInputError = (error: unknown): error is BadUserInputError =>
  error instanceof BadUserInputError;
