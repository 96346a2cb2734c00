import { ApiError } from './apiError';
import { ErrorCode } from './codes';

/**
 * The principal asked for a tenant outside its subtree. Deliberately the same whether the target
 * exists or not: it names only the tenant the principal may access.
 */
export class TenantForbiddenError extends ApiError {
  readonly code = ErrorCode.TENANT_FORBIDDEN;

  constructor(readonly allowedTenant: string) {
    super(
      `This principal may access tenant ${allowedTenant} and the units that report to it, nothing else.`,
      {
        extensions: { allowedTenant },
        httpStatus: 403,
      },
    );
  }
}

export const isTenantForbiddenError = (error: unknown): error is TenantForbiddenError =>
  error instanceof TenantForbiddenError;
