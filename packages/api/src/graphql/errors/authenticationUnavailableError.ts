import { ApiError } from './apiError';
import { ErrorCode } from './codes';

/** The token could not be checked (e.g. the identity provider's JWKS endpoint is down). */
export class AuthenticationUnavailableError extends ApiError {
  readonly code = ErrorCode.AUTHENTICATION_UNAVAILABLE;

  constructor(options: { cause?: unknown } = {}) {
    super('Bearer tokens cannot be verified right now; retry in a moment.', {
      httpStatus: 503,
      cause: options.cause,
    });
  }
}

export const isAuthenticationUnavailableError = (error: unknown): error is AuthenticationUnavailableError =>
  error instanceof AuthenticationUnavailableError;
