// HTTP app
export {
  CORRELATION_HEADER,
  buildApp,
  createApiMetrics,
  createProbeApp,
  listen,
  requestScopeOf,
} from './http';
export type { ApiMetrics, BuildAppOptions, GongkaiApp, ReadyProbe, ReadyReport, RunningServer } from './http';

// Authentication
export {
  ANONYMOUS,
  ASYMMETRIC_ALGORITHMS,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  EMBEDDED_AUDIENCE,
  EMBEDDED_ISSUER,
  NATIONAL_TENANT,
  REQUIRED_CLAIMS,
  TIERS,
  authenticate,
  checkClaims,
  createEmbeddedTokenVerifier,
  createJwksTokenVerifier,
  isAuthenticated,
  isTier,
  loadOrCreateSigningKey,
  signToken,
  signingKeyPaths,
  toJwks,
} from './auth';
export type {
  AnonymousPrincipal,
  AsymmetricAlgorithm,
  AuthenticatedPrincipal,
  ClaimsCheck,
  EmbeddedSigningKey,
  EmbeddedVerifierOptions,
  GongkaiClaims,
  JwksVerifierOptions,
  LoadSigningKeyOptions,
  Principal,
  SignTokenOptions,
  SigningAlgorithm,
  SigningKeyPaths,
  Tier,
  TokenVerifier,
} from './auth';

// GraphQL: schema, context, server
export {
  createGongkaiSchema,
  createGraphQLServer,
  printSchemaSDL,
  useOperationObservability,
} from './graphql';
export type {
  ContextExtension,
  GongkaiContext,
  GongkaiResolvers,
  GongkaiSchemaDefinition,
  GongkaiTypeDefs,
  GongkaiYoga,
  GraphQLServerContext,
  GraphQLServerOptions,
  ObservabilityOptions,
  OperationObservation,
  RequestScope,
} from './graphql';

// Tenant scoping
export {
  PUBLIC_DIRECTIVE,
  TENANT_CODE_SCALAR,
  TenantCodeScalar,
  accessTypeDefs,
  applyAccessGuards,
  assertAuthenticated,
  assertRole,
  authorizeTenant,
  canReadTenant,
  createTenantScope,
  findAccessProblems,
  isMarkedPublic,
  isTenantOwned,
  matchesReadableFilter,
  readableFilterFor,
} from './graphql/scope';
export type { ReadableFilter, TenantHierarchy, TenantScope, TenantScopedDocument } from './graphql/scope';

// Limits
export {
  DEFAULT_LIMITS,
  PAGE_SIZE_ARGUMENTS,
  computeQueryCost,
  createAliasLimitRule,
  createDepthLimitRule,
  measureDepth,
  useQueryLimits,
} from './graphql/limits';
export type { ApiLimits, CostInput, CostOptions } from './graphql/limits';

// Errors
export {
  ApiError,
  AuthenticationUnavailableError,
  ErrorCode,
  ForbiddenError,
  QueryLimitError,
  TenantForbiddenError,
  UNEXPECTED_ERROR_MESSAGE,
  UnauthenticatedError,
  createErrorMasker,
  isApiError,
  isAuthenticationUnavailableError,
  isClientFacingError,
  isForbiddenError,
  isQueryLimitError,
  isTenantForbiddenError,
  isUnauthenticatedError,
  toGraphQLError,
  withCode,
} from './graphql/errors';
export type {
  ApiErrorOptions,
  ClientFacingErrorPredicate,
  CodedError,
  ErrorExtensionValue,
  ErrorMasker,
  QueryLimit,
  UnauthenticatedReason,
} from './graphql/errors';

// The Gongkai schema and its API
export {
  BadUserInputError,
  DateScalar,
  DateTimeScalar,
  JSONObjectScalar,
  buildGongkaiSchema,
  commandOfMutation,
  createGongkaiApi,
  gongkaiResolvers,
  gongkaiSchemaDefinition,
  gongkaiTypeDefs,
  graphqlEnumValue,
  isBadUserInputError,
} from './schema';
export type {
  CommandAccepted,
  CommandRejected,
  CommandResult,
  GongkaiApiContext,
  GongkaiApiExtension,
  GongkaiApiOptions,
  GongkaiServices,
  MutationName,
} from './schema';

// Reports: the compiler the platform injects, and the download route
export { annualReportDownloads, reportDownloadPath, reportDownloads } from './reports';
export type { AnnualReportService } from './reports';
export type {
  AssessmentResult,
  AssessmentRow,
  CompiledReportInfo,
  ReportDownloadOptions,
  ReportFile,
  ReportFileInfo,
  ReportService,
} from './reports';

// The command gateway
export { createCoreGateway, IntakePendingError, isIntakePendingError } from './gateway';
export type { CommandGateway, MessageStatus } from './gateway';
