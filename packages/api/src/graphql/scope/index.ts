export { applyAccessGuards } from './accessGuards';
export { findAccessProblems } from './accessProblems';
export { isMarkedPublic, isTenantOwned } from './markers';
export { PUBLIC_DIRECTIVE, TENANT_CODE_SCALAR, TenantCodeScalar, accessTypeDefs } from './tenantCode';
export {
  assertAuthenticated,
  assertRole,
  authorizeTenant,
  canReadTenant,
  createTenantScope,
  matchesReadableFilter,
  readableFilterFor,
} from './tenantScope';
export type { ReadableFilter, TenantHierarchy, TenantScope, TenantScopedDocument } from './tenantScope';
