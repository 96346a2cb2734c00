import type { AuthenticatedPrincipal, Principal } from '../../auth/principal';
import { ForbiddenError } from '../errors/forbiddenError';
import { TenantForbiddenError } from '../errors/tenantForbiddenError';
import { UnauthenticatedError } from '../errors/unauthenticatedError';

/** What the scope needs from the tenant directory (the domain's `TenantDirectory` satisfies it). */
export interface TenantHierarchy {
  /** True when `code` is `ancestor` or reports to it, directly or not. */
  isSelfOrDescendant(code: string, ancestor: string): boolean;
}

/**
 * The read-model documents a principal may see, as an OR of clauses; no clause matches nothing.
 * Documents carry `tenant` and `ancestors`, so a store translates it directly, e.g. MongoDB
 * `{ $or: [{ tenant: t }, { ancestors: t }] }`, SQL `tenant = ? OR ? IN ancestors`.
 */
export interface ReadableFilter {
  readonly anyOf: readonly ({ readonly tenant: string } | { readonly ancestorsContain: string })[];
}

export interface TenantScopedDocument {
  readonly tenant: string;
  readonly ancestors: readonly string[];
}

const TENANT_CODE = /^\d{6}$/;

/** Whether `principal` may read `tenant`: its own tenant and every unit that reports to it. */
export const canReadTenant = (principal: Principal, tenant: string, hierarchy: TenantHierarchy): boolean =>
  principal.authenticated &&
  TENANT_CODE.test(tenant) &&
  hierarchy.isSelfOrDescendant(tenant, principal.tenant);

/**
 * Throws unless `principal` may read `tenant`: `UNAUTHENTICATED` for anonymous callers,
 * `TENANT_FORBIDDEN` otherwise (the same whether `tenant` exists or not).
 */
export const authorizeTenant = (principal: Principal, tenant: string, hierarchy: TenantHierarchy): void => {
  if (!principal.authenticated) throw new UnauthenticatedError('TOKEN_MISSING');
  if (!canReadTenant(principal, tenant, hierarchy)) throw new TenantForbiddenError(principal.tenant);
};

export const readableFilterFor = (principal: Principal): ReadableFilter =>
  principal.authenticated
    ? { anyOf: [{ tenant: principal.tenant }, { ancestorsContain: principal.tenant }] }
    : { anyOf: [] };

/** Evaluates a `ReadableFilter` in memory (for embedded stores and tests). */
export const matchesReadableFilter = (filter: ReadableFilter, document: TenantScopedDocument): boolean =>
  filter.anyOf.some((clause) =>
    'tenant' in clause
      ? document.tenant === clause.tenant
      : document.ancestors.includes(clause.ancestorsContain),
  );

export const assertAuthenticated = (principal: Principal): AuthenticatedPrincipal => {
  if (!principal.authenticated) throw new UnauthenticatedError('TOKEN_MISSING');
  return principal;
};

export const assertRole = (principal: Principal, role: string): AuthenticatedPrincipal => {
  const authenticated = assertAuthenticated(principal);
  if (!authenticated.roles.includes(role)) throw new ForbiddenError(role);
  return authenticated;
};

/** One request's view of tenancy: `context.scope`. */
export interface TenantScope {
  readonly principal: Principal;
  canRead(tenant: string): boolean;
  /** Throws `UNAUTHENTICATED` / `TENANT_FORBIDDEN` (see `authorizeTenant`). */
  assertCanRead(tenant: string): void;
  /** Pass to read-model queries that list documents across tenants. */
  readableFilter(): ReadableFilter;
  /** The principal, or `UNAUTHENTICATED` (e.g. for a mutation's actor). */
  requireAuthenticated(): AuthenticatedPrincipal;
  /** The principal if it has `role`, else `FORBIDDEN` (or `UNAUTHENTICATED`). */
  requireRole(role: string): AuthenticatedPrincipal;
}

export const createTenantScope = (principal: Principal, hierarchy: TenantHierarchy): TenantScope => {
  // A list of documents asks about the same few tenants over and over.
  const decisions = new Map<string, boolean>();
  const canRead = (tenant: string): boolean => {
    let decision = decisions.get(tenant);
    if (decision === undefined) {
      decision = canReadTenant(principal, tenant, hierarchy);
      decisions.set(tenant, decision);
    }
    return decision;
  };
  return {
    principal,
    canRead,
    assertCanRead: (tenant) => {
      if (!principal.authenticated) throw new UnauthenticatedError('TOKEN_MISSING');
      if (!canRead(tenant)) throw new TenantForbiddenError(principal.tenant);
    },
    readableFilter: () => readableFilterFor(principal),
    requireAuthenticated: () => assertAuthenticated(principal),
    requireRole: (role) => assertRole(principal, role),
  };
};
