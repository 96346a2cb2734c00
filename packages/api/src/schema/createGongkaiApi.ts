import { randomUUID } from 'node:crypto';
import type { TenantDirectory } from '@gongkai/domain';
import type { ApplicationViewQueries, ViewQueries } from '@gongkai/projections';
import type { CORSOptions } from 'graphql-yoga';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { Registry } from 'prom-client';
import type { TokenVerifier } from '../auth/verifier';
import type { CommandGateway } from '../gateway/commandGateway';
import type { ApiLimits } from '../graphql/limits/limits';
import type { GongkaiApp } from '../http/buildApp';
import { buildApp } from '../http/buildApp';
import type { ReadyProbe } from '../http/probes';
import type { AnnualReportService } from '../reports/annualReportRoute';
import { annualReportDownloads } from '../reports/annualReportRoute';
import { reportDownloads } from '../reports/downloadRoute';
import type { ReportService } from '../reports/reportService';
import type { PublicSiteSettings } from '../public';
import { createPublicSite } from '../public';
import type { GongkaiApiExtension, GongkaiServices } from './context';
import { gongkaiSchemaDefinition } from './gongkaiSchema';
import { useReadYourWrites } from './readYourWrites';
import { usePlannedViewExecution } from './plannedViewExecution';
import { useViewResponseCache } from './viewResponseCache';
import type { ViewResponseCacheOptions } from './viewResponseCache';

export interface GongkaiApiOptions {
  /** The read side: tier views, catalogue, milestones, audit trail, time travel. */
  readonly views: ViewQueries;
  /** The write side: every mutation sends its command here. */
  readonly gateway: CommandGateway;
  /** The tenant directory: reporting lines for tenancy, units for `tenants` and `me`. */
  readonly directory: TenantDirectory;
  /** `createEmbeddedTokenVerifier(key)` or `createJwksTokenVerifier({ ... })`. */
  readonly auth: TokenVerifier;
  /** The event store's head position (`eventStore.headPosition()`). */
  readonly headPosition: () => Promise<number>;
  readonly logger?: Logger;
  /** GraphiQL on GET /graphql. Default false. */
  readonly development?: boolean;
  /** For /readyz (e.g. projection lag); default always ready. */
  readonly ready?: ReadyProbe;
  readonly limits?: Partial<ApiLimits>;
  readonly metricsRegistry?: Registry;
  readonly cors?: CORSOptions | false;
  /** Role a caller needs to send commands. Default `admin`; null leaves it to the domain's policy. */
  readonly writerRole?: string | null;
  /** The server's now; default the system clock. */
  readonly now?: () => Date;
  /** Idempotency key for commands sent without one; default a random UUID. */
  readonly newMessageId?: () => string;
  /**
   * Answer repeated live-view queries from the last response while the read models stay put
   * (needs `views.liveVersion`). Default on; false turns it off.
   */
  readonly viewResponseCache?: boolean | Pick<ViewResponseCacheOptions, 'maxBytes'>;
  /**
   * Execute view queries from a plan compiled once per document instead of field by field
   * (`usePlannedViewExecution`; same answers, a fraction of the CPU). Default on; false runs every
   * query through the standard executor.
   */
  readonly plannedViewExecution?: boolean;
  /**
   * The report compiler (the platform wires `@gongkai/report`): compileNationalReport compiles the
   * report with it and answers download URLs, served at GET /reports/<tenant>/<hash>.<format>; the
   * assessment query reads it. Without it, compileNationalReport pins the national rollup's hash.
   */
  readonly reports?: ReportService;
  /** Serve the public pages under /public (no login) with these settings; none when absent. */
  readonly publicSite?: PublicSiteSettings;
  /** On-request disclosure views (queue, application, annual figures, the public tracking page). */
  readonly applications?: ApplicationViewQueries;
  /** Annual reports on open government information, served at GET /reports/<tenant>/annual/<year>.<format>. */
  readonly annualReports?: AnnualReportService;
  /** Hops of reverse proxies in front (see `BuildAppOptions.trustProxy`). */
  readonly trustProxy?: number;
  /**
   * Read-your-writes: the position every read model has reached. With it, a query sent with
   * `X-Gongkai-Min-Position` waits (at most `minPositionWaitMs`, default 2,000) until the read models
   * reach that position, else answers NOT_YET_PROJECTED (without it, every such query does).
   */
  readonly projectedPosition?: () => Promise<number>;
  readonly minPositionWaitMs?: number;
}

/** Without a projected position, a query asking for one waits its bound and is told NOT_YET_PROJECTED. */
const noProjectedPosition = () => Promise.resolve(0);

const readYourWritesOf = (options: GongkaiApiOptions) =>
  useReadYourWrites({
    projectedPosition: options.projectedPosition ?? noProjectedPosition,
    ...(options.minPositionWaitMs === undefined ? {} : { waitMs: options.minPositionWaitMs }),
  });
/** Read-your-writes, the response cache, then planned execution of what the cache did not answer. */
const graphqlPluginsOf = (options: GongkaiApiOptions) => {
  const { views, viewResponseCache = true, plannedViewExecution = true } = options;
  const liveVersion = views.liveVersion?.bind(views);
  return [
    // Before the response cache: a cached answer may predate the write the query waits for.
    readYourWritesOf(options),
    ...(viewResponseCache === false || liveVersion === undefined
      ? []
      : [
          useViewResponseCache({
            version: liveVersion,
            ...(viewResponseCache === true ? {} : viewResponseCache),
          }),
        ]),
    // After the response cache: what it answers is not executed at all.
    ...(plannedViewExecution ? [usePlannedViewExecution()] : []),
  ];
};

/** The report download routes: annual reports (before the generic route), then compiled reports. */
const reportRoutes = (options: GongkaiApiOptions, logger: Logger) => {
  const common = { verifier: options.auth, directory: options.directory, logger };
  return [
    ...(options.annualReports === undefined
      ? []
      : [
          {
            path: '/reports/:tenant/annual/:file',
            handler: annualReportDownloads({ reports: options.annualReports, ...common }),
          },
        ]),
    ...(options.reports === undefined
      ? []
      : [
          {
            path: '/reports/:tenant/:file',
            handler: reportDownloads({ reports: options.reports, ...common }),
          },
        ]),
  ];
};

/**
 * The Gongkai GraphQL API as an app: the schema of views and commands on the HTTP/GraphQL
 * infrastructure (auth, tenancy guards, limits, masking, probes, metrics). Serve it with
 * `listen(api.app, port)`; the platform's composition root calls this once.
 */
export const createGongkaiApi = (options: GongkaiApiOptions): GongkaiApp<GongkaiApiExtension> => {
  const services: GongkaiServices = {
    views: options.views,
    gateway: options.gateway,
    directory: options.directory,
    headPosition: options.headPosition,
    now: options.now ?? (() => new Date()),
    newMessageId: options.newMessageId ?? randomUUID,
    writerRole: options.writerRole === undefined ? 'admin' : options.writerRole,
    reports: options.reports ?? null,
    applications: options.applications ?? null,
  };
  const logger = options.logger ?? pino({ name: 'gongkai-api' });
  const extension: GongkaiApiExtension = { gongkai: services };
  const { views } = options;
  const plugins = graphqlPluginsOf(options);
  const publicSite =
    options.publicSite &&
    createPublicSite({
      ...options.publicSite,
      views,
      gateway: services.gateway,
      directory: services.directory,
      now: services.now,
      newMessageId: services.newMessageId,
      logger,
      applications: services.applications,
    });
  return buildApp<GongkaiApiExtension>({
    schema: gongkaiSchemaDefinition,
    directory: options.directory,
    auth: options.auth,
    context: () => extension,
    ready: options.ready,
    logger,
    development: options.development,
    limits: options.limits,
    metricsRegistry: options.metricsRegistry,
    cors: options.cors,
    plugins,
    routes: reportRoutes(options, logger),
    ...(publicSite ? { publicSite } : {}),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
};
