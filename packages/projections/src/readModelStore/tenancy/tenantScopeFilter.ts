import type { Filter } from '../query/filter';

export interface TenantScope {
  /** Tenants whose own documents are visible (usually the principal's tenant). */
  tenants: readonly string[];
  /** Tenants whose descendants' documents are visible (usually the principal's tenant too). */
  ancestorOf?: readonly string[];
}

/**
 * The one filter tenancy adds to every view query: documents of an allowed tenant, or of a tenant
 * below one on the reporting line. And it with the view's own filter: `{ $and: [scope, filter] }`.
 */
export const tenantScopeFilter = ({ tenants, ancestorOf = [] }: TenantScope): Filter => {
  const own: Filter = { tenant: { $in: tenants } };
  return ancestorOf.length === 0 ? own : { $or: [own, { ancestors: { $containsAny: ancestorOf } }] };
};

/** A principal acting from `tenant` sees that tenant and everything below it. */
export const visibleToTenant = (tenant: string): Filter =>
  tenantScopeFilter({ tenants: [tenant], ancestorOf: [tenant] });
