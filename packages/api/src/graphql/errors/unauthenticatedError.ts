import { ApiError } from './apiError';
import { ErrorCode } from './codes';

export type UnauthenticatedReason = 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';

const MESSAGES: Record<UnauthenticatedReason, string> = {
  TOKEN_MISSING: 'Sign in first: this operation needs a bearer token (Authorization: Bearer <token>).',
  TOKEN_INVALID: 'The bearer token is not valid for this service; obtain a new one.',
  TOKEN_EXPIRED: 'The bearer token has expired; obtain a new one.',
};

/** No token where one is needed, or a token that failed verification. Never says why in detail. */
export class UnauthenticatedError extends ApiError {
  readonly code = ErrorCode.UNAUTHENTICATED;

  constructor(
    readonly reason: UnauthenticatedReason,
    options: { cause?: unknown } = {},
  ) {
    super(MESSAGES[reason], {
      extensions: { reason },
      httpStatus: 401,
      httpHeaders: {
        'WWW-Authenticate':
          reason === 'TOKEN_MISSING'
            ? 'Bearer realm="gongkai"'
            : 'Bearer realm="gongkai", error="invalid_token"',
      },
      cause: options.cause,
    });
  }
}

export const isUnauthenticatedError = (error: unknown): error is UnauthenticatedError =>
  error instanceof UnauthenticatedError;
