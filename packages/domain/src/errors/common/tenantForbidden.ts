import { DomainError, isDomainError } from '../domainError';

export const TENANT_FORBIDDEN = 'TENANT_FORBIDDEN';

export type TenantForbiddenDetails = {
  commandType: string;
  tenant: string;
  actorTenant: string;
  allowed: readonly string[];
};

/** The actor may not act for that tenant. */
export class TenantForbiddenError extends DomainError {
  declare readonly code: typeof TENANT_FORBIDDEN;
  declare readonly details: TenantForbiddenDetails;

  constructor(p: TenantForbiddenDetails) {
    super(
      TENANT_FORBIDDEN,
      `${p.actorTenant} may not ${p.commandType} for ${p.tenant}: only ${p.allowed.join(' or ')} may.`,
      p,
    );
  }
}

export const isTenantForbiddenError = (error: unknown): error is TenantForbiddenError =>
  isDomainError(error, TENANT_FORBIDDEN);
