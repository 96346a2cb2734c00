export type { GongkaiContext } from './context';
export { useOperationObservability } from './observability';
export type { ObservabilityOptions, OperationObservation } from './observability';
export { createGongkaiSchema } from './schema';
export type { GongkaiResolvers, GongkaiSchemaDefinition, GongkaiTypeDefs } from './schema';
export { printSchemaSDL } from './sdl';
export { createGraphQLServer } from './server';
export type {
  ContextExtension,
  GongkaiYoga,
  GraphQLServerContext,
  GraphQLServerOptions,
  RequestScope,
} from './server';
