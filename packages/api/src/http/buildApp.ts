import type { RequestListener } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { isSchema } from '../graphql/graphqlJs';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { Registry } from 'prom-client';
import type { TokenVerifier } from '../auth/verifier';
import type { GongkaiContext } from '../graphql/context';
import type { ClientFacingErrorPredicate } from '../graphql/errors/clientFacing';
import { createErrorMasker } from '../graphql/errors/maskError';
import type { ApiLimits } from '../graphql/limits/limits';
import { DEFAULT_LIMITS } from '../graphql/limits/limits';
import type { GongkaiSchemaDefinition } from '../graphql/schema';
import { createGongkaiSchema } from '../graphql/schema';
import { applyAccessGuards } from '../graphql/scope/accessGuards';
import type { TenantHierarchy } from '../graphql/scope/tenantScope';
import type { ContextExtension, GongkaiYoga } from '../graphql/server';
import { createGraphQLServer } from '../graphql/server';
import { PUBLIC_BASE } from '../public/pages/paths';
import { accessLog } from './accessLog';
import { correlation, requestScopeOf } from './correlation';
import { errorResponses, notFound } from './errorResponses';
import { graphqlPostHandler } from './graphqlPost';
import type { ApiMetrics } from './metrics';
import { createApiMetrics } from './metrics';
import type { ReadyProbe } from './probes';
import { probes } from './probes';

export interface BuildAppOptions<TExtra extends object = Record<never, never>> {
  /** An executable schema (guarded in place) or SDL and resolvers (see `createGongkaiSchema`). */
  readonly schema: GraphQLSchema | GongkaiSchemaDefinition<GongkaiContext & TExtra>;
  /** Answers "does X report to Y" for tenant scoping (the domain's TenantDirectory fits). */
  readonly directory: TenantHierarchy;
  /** `createEmbeddedTokenVerifier(key)` or `createJwksTokenVerifier({ ... })`. */
  readonly auth: TokenVerifier;
  /** Adds fields (read models, command bus, ...) to the GraphQL context per request. */
  readonly context?: ContextExtension<TExtra>;
  /** For /readyz; defaults to always ready. */
  readonly ready?: ReadyProbe;
  /** pino logger writing JSON; a child per request carries the correlation id. */
  readonly logger?: Logger;
  /** Serves GraphiQL on GET /graphql. Default false. */
  readonly development?: boolean;
  readonly limits?: Partial<ApiLimits>;
  /** Share a registry across services in one process; default: a fresh one with process metrics. */
  readonly metricsRegistry?: Registry;
  /** Which non-ApiError errors keep their message and code (default: SHOUTING_CASE `code`). */
  readonly isClientFacingError?: ClientFacingErrorPredicate;
  /** Default false (same origin only). */
  readonly cors?: CORSOptions | false;
  readonly readyTimeoutMs?: number;
  /** Extra Yoga plugins, after the built-in ones. */
  readonly plugins?: readonly Plugin[];
  /** Extra GET routes beside /graphql (e.g. report downloads); they authenticate for themselves. */
  readonly routes?: readonly { readonly path: string; readonly handler: RequestHandler }[];
  /** The public pages (`createPublicSite`), mounted at /public; none when absent. */
  readonly publicSite?: RequestHandler;
  /** Express `trust proxy`: hops of reverse proxies (a CDN) whose X-Forwarded-For is believed. */
  readonly trustProxy?: number;
}

export interface GongkaiApp<TExtra extends object = Record<never, never>> {
  /** The node request listener: POST /graphql on its own lean path, everything else through express. */
  readonly app: RequestListener;
  /** The single Yoga instance behind POST/GET /graphql. */
  readonly yoga: GongkaiYoga<TExtra>;
  /** The guarded schema actually served (print it with `printSchemaSDL`). */
  readonly schema: GraphQLSchema;
  readonly metrics: ApiMetrics;
  readonly limits: ApiLimits;
  /** Releases what the app holds (Yoga, its own metrics registry); the HTTP server is `listen`'s. */
  close(): Promise<void>;
}

const resolveSchema = <TExtra extends object>(schema: BuildAppOptions<TExtra>['schema']): GraphQLSchema =>
  isSchema(schema) ? applyAccessGuards(schema) : createGongkaiSchema(schema);

/**
 * The API as a node request listener: /graphql (Yoga, created once; plain JSON POSTs on a lean path
 * beside express, see `graphqlPost.ts`), /healthz, /readyz, /metrics, and the public pages under
 * /public when given. Start it with `listen(app, port)`; tests and the platform compose it the same way.
 */
export const buildApp = <TExtra extends object = Record<never, never>>(
  options: BuildAppOptions<TExtra>,
): GongkaiApp<TExtra> => {
  const logger = options.logger ?? pino({ name: 'gongkai-api' });
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const schema = resolveSchema(options.schema);
  const metrics = createApiMetrics(options.metricsRegistry);
  const yoga = createGraphQLServer<TExtra>({
    schema,
    hierarchy: options.directory,
    verifier: options.auth,
    context: options.context,
    limits,
    development: options.development ?? false,
    logger,
    masker: createErrorMasker(options.isClientFacingError),
    requestScope: (req) => requestScopeOf(req, logger),
    onOperation: (observation) => metrics.observeOperation(observation),
    cors: options.cors,
    plugins: options.plugins,
  });

  const app = express();
  app.disable('x-powered-by');
  // The client address the public feedback is rate-limited by comes from the proxy in front, if any.
  app.set('trust proxy', options.trustProxy ?? 0);
  app.use(correlation(logger), accessLog(metrics, logger));
  app.use(
    probes({
      ready: options.ready ?? (() => ({ ready: true })),
      readyTimeoutMs: options.readyTimeoutMs ?? 5000,
      metrics,
      logger,
    }),
  );
  app.use(
    yoga.graphqlEndpoint,
    express.json({ limit: limits.maxBodyBytes, type: ['application/json', 'application/*+json'] }),
    // Every other body is bounded too before Yoga reads it (it gets the text as is).
    express.text({ limit: limits.maxBodyBytes, type: () => true }),
    (req: Request, res: Response) => yoga.requestListener(req, res),
  );
  for (const route of options.routes ?? []) app.get(route.path, route.handler);
  if (options.publicSite) app.use(PUBLIC_BASE, options.publicSite);
  app.use(notFound);
  app.use(errorResponses(logger, limits.maxBodyBytes));

  const graphqlPost = graphqlPostHandler({
    endpoint: yoga.graphqlEndpoint,
    maxBodyBytes: limits.maxBodyBytes,
    metrics,
    logger,
    yoga: (req, res) => yoga.requestListener(req, res),
  });

  return {
    app: (req, res) => {
      if (!graphqlPost(req, res)) app(req, res);
    },
    yoga,
    schema,
    metrics,
    limits,
    close: async () => {
      await yoga.dispose();
      if (options.metricsRegistry === undefined) metrics.registry.clear();
    },
  };
};
