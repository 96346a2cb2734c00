import { DomainError, isDomainError } from '../domainError';

export const TENANT_UNKNOWN = 'TENANT_UNKNOWN';

export type TenantUnknownDetails = { tenant: string };

/** A tenant code the directory does not hold. */
export class TenantUnknownError extends DomainError {
  declare readonly code: typeof TENANT_UNKNOWN;
  declare readonly details: TenantUnknownDetails;

  constructor(p: TenantUnknownDetails) {
    super(
      TENANT_UNKNOWN,
      `Tenant ${p.tenant} is not in the tenant directory: check the administrative division code.`,
      p,
    );
  }
}

export const isTenantUnknownError = (error: unknown): error is TenantUnknownError =>
  isDomainError(error, TENANT_UNKNOWN);
