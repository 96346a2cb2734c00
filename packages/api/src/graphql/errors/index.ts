export { ApiError, isApiError } from './apiError';
export type { ApiErrorOptions, ErrorExtensionValue } from './apiError';
export {
  AuthenticationUnavailableError,
  isAuthenticationUnavailableError,
} from './authenticationUnavailableError';
export { isClientFacingError } from './clientFacing';
export type { ClientFacingErrorPredicate, CodedError } from './clientFacing';
export { ErrorCode } from './codes';
export { ForbiddenError, isForbiddenError } from './forbiddenError';
export { UNEXPECTED_ERROR_MESSAGE, createErrorMasker, toGraphQLError, withCode } from './maskError';
export type { ErrorMasker } from './maskError';
export { QueryLimitError, isQueryLimitError } from './queryLimitError';
export type { QueryLimit } from './queryLimitError';
export { TenantForbiddenError, isTenantForbiddenError } from './tenantForbiddenError';
export { UnauthenticatedError, isUnauthenticatedError } from './unauthenticatedError';
export type { UnauthenticatedReason } from './unauthenticatedError';
