import { ApiError } from './apiError';
import { ErrorCode } from './codes';

/** The principal is signed in but lacks a role the operation needs. */
export class ForbiddenError extends ApiError {
  readonly code = ErrorCode.FORBIDDEN;

  constructor(readonly requiredRole: string) {
    super(`This operation needs the "${requiredRole}" role.`, {
      extensions: { requiredRole },
      httpStatus: 403,
    });
  }
}

export const isForbiddenError = (error: unknown): error is ForbiddenError => error instanceof ForbiddenError;
