import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { CORSOptions, Plugin, YogaLogger, YogaServerInstance } from 'graphql-yoga';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authenticate } from '../auth/bearer';
import type { Principal } from '../auth/principal';
import type { TokenVerifier } from '../auth/verifier';
import type { GongkaiContext } from './context';
import { isUnauthenticatedError } from './errors/unauthenticatedError';
import type { ErrorMasker } from './errors/maskError';
import type { ApiLimits } from './limits/limits';
import { useQueryLimits } from './limits/queryLimits';
import { NoSchemaIntrospectionCustomRule } from './graphqlJs';
import type { OperationObservation } from './observability';
import { useOperationObservability } from './observability';
import type { TenantHierarchy } from './scope/tenantScope';
import { createTenantScope } from './scope/tenantScope';

const disableIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
};

export interface GraphQLServerContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
}

/** Adds fields to the GraphQL context; runs once per request, after authentication. */
export type ContextExtension<TExtra extends object> = (
  base: GongkaiContext,
  request: { readonly req: IncomingMessage; readonly request: Request },
) => TExtra | Promise<TExtra>;

export interface RequestScope {
  readonly correlationId: string;
  readonly logger: Logger;
}

export interface GraphQLServerOptions<TExtra extends object> {
  readonly schema: GraphQLSchema;
  readonly hierarchy: TenantHierarchy;
  readonly verifier: TokenVerifier;
  readonly context?: ContextExtension<TExtra> | undefined;
  readonly limits: ApiLimits;
  readonly development: boolean;
  readonly logger: Logger;
  readonly masker: ErrorMasker;
  readonly requestScope: (req: IncomingMessage) => RequestScope;
  readonly onOperation: (observation: OperationObservation) => void;
  readonly cors?: CORSOptions | false | undefined;
  readonly plugins?: readonly Plugin[] | undefined;
}

export type GongkaiYoga<TExtra extends object> = YogaServerInstance<
  GraphQLServerContext,
  GongkaiContext & TExtra
>;

const authenticateLogged = async (
  request: Request,
  verifier: TokenVerifier,
  logger: Logger,
): Promise<Principal> => {
  try {
    return await authenticate(request.headers.get('authorization'), verifier);
  } catch (error) {
    // The reason goes to the log (never the token); the client gets the code only.
    const cause = error instanceof Error ? error.cause : undefined;
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined;
    if (isUnauthenticatedError(error)) {
      logger.info({ reason, refusal: error.reason }, 'bearer token refused');
    } else {
      logger.error({ err: cause ?? error }, 'bearer token could not be verified');
    }
    throw error;
  }
};

// Yoga logs the originals of masked errors without the request; the observability plugin logs the
// unexpected ones with it instead.
const yogaLogger = (logger: Logger, masker: ErrorMasker): YogaLogger => {
  const child = logger.child({ component: 'graphql-yoga' });
  return {
    debug: (...args: unknown[]) => child.debug({ args }, 'yoga'),
    info: (...args: unknown[]) => child.debug({ args }, 'yoga'),
    warn: (...args: unknown[]) => child.warn({ args }, 'yoga'),
    error: (...args: unknown[]) => {
      if (!args.some((arg) => masker.hasHandled(arg))) child.error({ err: args[0] }, 'yoga');
    },
  };
};

/** The one Yoga instance of an app: guarded schema, auth in the context, limits, masking, metrics. */
export const createGraphQLServer = <TExtra extends object>(
  options: GraphQLServerOptions<TExtra>,
): GongkaiYoga<TExtra> =>
  createYoga<GraphQLServerContext, GongkaiContext & TExtra>({
    schema: options.schema,
    context: async ({ req, request }) => {
      const { correlationId, logger } = options.requestScope(req);
      const principal = await authenticateLogged(request, options.verifier, logger);
      const base: GongkaiContext = {
        correlationId,
        logger,
        principal,
        scope: createTenantScope(principal, options.hierarchy),
      };
      const extra =
        options.context === undefined ? ({} as TExtra) : await options.context(base, { req, request });
      return { ...extra, ...base };
    },
    graphqlEndpoint: '/graphql',
    graphiql: options.development ? { title: 'Gongkai GraphQL' } : false,
    landingPage: false,
    cors: options.cors ?? false,
    multipart: false,
    batching: false,
    maxRequestBodySize: options.limits.maxBodyBytes,
    maskedErrors: { maskError: (error) => options.masker.maskError(error) },
    logging: yogaLogger(options.logger, options.masker),
    plugins: [
      // Introspection is for development (GraphiQL); production clients use the committed SDL.
      ...(options.development ? [] : [disableIntrospection]),
      useQueryLimits(options.limits),
      useOperationObservability({
        masker: options.masker,
        requestLogger: (req) => options.requestScope(req).logger,
        onOperation: options.onOperation,
      }),
      ...(options.plugins ?? []),
    ],
  });
