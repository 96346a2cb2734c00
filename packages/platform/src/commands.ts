import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createEmbeddedTokenVerifier,
  createGongkaiApi,
  createJwksTokenVerifier,
  listen,
  loadOrCreateSigningKey,
  signToken,
} from '@gongkai/api';
import type { CommandGateway, TokenVerifier } from '@gongkai/api';
import { NATIONAL_TENANT } from '@gongkai/domain';
import {
  createProjectors,
  projectionContextFor,
  projectorNames,
  boundHeapGrowthForRebuild,
  rebuildProjections,
} from '@gongkai/projections';
import type { RebuildProgress, RebuildResult } from '@gongkai/projections';
import type { Bus } from '@gongkai/messaging';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';
import type { PlatformStack } from './stack';
import { openStack } from './stack';
import { startProjections } from './projections';
import { startBridge } from './bridge';
import { createBus } from './bus';
import { loadOrCreateIntakeKey, startIngestor, startIntakeGateway } from './intake';
import { createLogger } from './logger';
import { progressBar } from './progress';
import { createAnnualReportService, createReportService } from './report';
import { seedStack } from './seedStack';

export const seedData = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  const stack = await openStack(config);
  try {
    const result = await seedStack(stack);
    logger.info({ ...result, dataDir: config.dataDir }, 'seeded the Heilongjiang pilot');
  } finally {
    await stack.close();
  }
};

/**
 * Every read model from the event store, from scratch: one replay serves every shard, whose
 * checkpoints then move after it. Nothing may project meanwhile (stop every `gongkai project`).
 */
const rebuildStack = async (
  stack: PlatformStack,
  onProgress?: (progress: RebuildProgress) => void,
): Promise<RebuildResult> => {
  const shardNames = stack.shards ? projectorNames(stack.shards) : [];
  // Shard checkpoints are forgotten first: a projector started mid-rebuild replays, never skips.
  if (shardNames.length > 0) await stack.readModelStore.reset({ projectors: shardNames });
  const result = await rebuildProjections({
    eventStore: stack.eventStore,
    readModelStore: stack.readModelStore,
    projectors: createProjectors(projectionContextFor(stack.directory)),
    ...(onProgress ? { onProgress } : {}),
  });
  for (const name of shardNames)
    await stack.readModelStore.transaction(name, (unit) => unit.setCheckpoint(result.position));
  return result;
};

export const rebuildReadModels = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  // This process only rebuilds: a heap bounded to a few times what it holds, a small page cache.
  boundHeapGrowthForRebuild();
  const stack = await openStack(config, { rebuildOnly: true });
  const bar = progressBar('rebuilding read models');
  try {
    const result = await rebuildStack(stack, (progress) => bar.update(progress.done, progress.total));
    bar.stop();
    logger.info({ ...result, shards: stack.shards?.count }, 'rebuilt the read models');
  } finally {
    bar.stop();
    await stack.close();
  }
};

export interface TokenOptions {
  tenant: string;
  role: string[];
  sub?: string;
  expires: string;
}

export const issueToken = async (config: PlatformConfig, options: TokenOptions): Promise<string> => {
  const stack = await openStack(config);
  try {
    const unit =
      options.tenant === NATIONAL_TENANT
        ? { tier: 'national' as const }
        : stack.directory.get(options.tenant);
    if (!unit)
      throw new Error(
        `no tenant ${options.tenant} in the directory; use a 6-digit division code such as 230102 (道里区) or 000000 (national viewer).`,
      );
    const key = await loadOrCreateSigningKey(config.dataDir);
    return await signToken(
      key,
      {
        sub: options.sub ?? `${options.role[0] ?? 'user'}@${options.tenant}`,
        tenant: options.tenant,
        tier: unit.tier,
        roles: options.role,
      },
      { expiresIn: options.expires as `${number}h` },
    );
  } finally {
    await stack.close();
  }
};

const tokenVerifier = async (config: PlatformConfig): Promise<TokenVerifier> => {
  if (config.jwt.jwksUrl) {
    if (!config.jwt.issuer || !config.jwt.audience)
      throw new Error('GONGKAI_JWKS_URL needs GONGKAI_JWT_ISSUER and GONGKAI_JWT_AUDIENCE as well.');
    return createJwksTokenVerifier({
      jwksUrl: config.jwt.jwksUrl,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    });
  }
  return createEmbeddedTokenVerifier(await loadOrCreateSigningKey(config.dataDir));
};

/**
 * The public forms' anti-forgery secret: configured, or derived from the data folder's private
 * signing key (a secret that already exists and survives restarts, so tokens stay valid).
 */
const csrfSecret = async (config: PlatformConfig): Promise<string | Buffer> => {
  if (config.publicSite.csrfSecret) return config.publicSite.csrfSecret;
  const key = await loadOrCreateSigningKey(config.dataDir);
  const privateKey = await readFile(key.paths.privateKey);
  return createHash('sha256').update('gongkai-public-csrf\0').update(privateKey).digest();
};

export interface RunningPlatform {
  url: string;
  stack: PlatformStack;
  /** The bus of the intake and the bridge (in-process unless KAFKA_BROKERS is set). */
  bus: Bus;
  close(): Promise<void>;
}

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/**
 * The GraphQL API, the public pages and the report downloads over a stack, sending every write
 * through `gateway`. Holds no state of its own: run as many as wanted behind a load balancer.
 */
export const serveApi = async (options: {
  stack: PlatformStack;
  gateway: CommandGateway;
  logger: Logger;
  port?: number;
  /** More readiness than projection lag (the all-in-one process: its projections run). */
  alsoReady?: () => boolean;
}): Promise<RunningApi> => {
  const { stack, logger } = options;
  const { config } = stack;
  const api = createGongkaiApi({
    views: stack.views,
    applications: stack.applications,
    annualReports: createAnnualReportService({
      applications: stack.applications,
      directory: stack.directory,
      headPosition: () => stack.eventStore.headPosition(),
    }),
    gateway: options.gateway,
    directory: stack.directory,
    auth: await tokenVerifier(config),
    headPosition: () => stack.eventStore.headPosition(),
    reports: createReportService({
      readSide: stack.views,
      directory: stack.directory,
      folder: join(config.dataDir, 'reports'),
    }),
    logger,
    development: config.development,
    limits: { maxCost: config.maxQueryCost, maxAsOfFields: config.maxAsOfFields },
    publicSite: {
      csrfSecret: await csrfSecret(config),
      feedbackRateLimit: config.publicSite.feedbackRateLimit,
      maxAgeSeconds: config.publicSite.maxAgeSeconds,
      frameAncestors: config.publicSite.frameAncestors,
    },
    trustProxy: config.trustProxy,
    projectedPosition: () => stack.projectedPosition(),
    minPositionWaitMs: config.projection.minPositionWaitMs,
    ready: async () => {
      const lag = await stack.projectionLag();
      return {
        ready: lag <= config.projection.readyMaxLag && (options.alsoReady?.() ?? true),
        details: { projectionLag: lag, maxLag: config.projection.readyMaxLag },
      };
    },
  });
  const server = await listen(api.app, options.port ?? config.port, config.host);
  return {
    url: server.url,
    async close() {
      await server.close();
      await api.close();
    },
  };
};

/** Starts the embedded platform (seeding an empty data folder unless told not to) and serves the API. */
export const startPlatform = async (
  config: PlatformConfig,
  options: { port?: number; seed: boolean; logger?: Logger },
): Promise<RunningPlatform> => {
  const logger = options.logger ?? createLogger(config);
  const stack = await openStack(config);
  if (options.seed && (await stack.eventStore.headPosition()) === 0) {
    const result = await seedStack(stack);
    // Read models of a whole seed are built in bulk (inserts into empty collections), not event by event.
    const built = await rebuildStack(stack);
    logger.info({ ...result, readModels: built }, 'seeded an empty data folder with the Heilongjiang pilot');
  }
  const bus = createBus(config, logger);
  const projections = await startProjections({
    stack,
    bus,
    topicPrefix: config.intake.topicPrefix,
    logger,
  });
  const intakeKey = await loadOrCreateIntakeKey(config.dataDir, config.intake.key);
  const ingestor = await startIngestor({ stack, bus, config, intakeKey, logger });
  const intake = await startIntakeGateway({ stack, bus, intakeKey });
  const bridge = await startBridge({ stack, bus, intakeKey, logger });
  const api = await serveApi({
    stack,
    gateway: intake.gateway,
    logger,
    ...(options.port === undefined ? {} : { port: options.port }),
    // A stuck intake partition (a message retried for minutes) makes the whole process not ready.
    alsoReady: () => projections.state() === 'running' && ingestor.health().ready,
  });
  logger.info(
    { url: `${api.url}/graphql`, dataDir: config.dataDir },
    `Gongkai is serving GraphiQL at ${api.url}/graphql; get a token with: npm run gongkai -- token --tenant 230000 --role admin`,
  );
  return {
    url: api.url,
    stack,
    bus,
    async close() {
      await api.close();
      await bridge.close();
      await intake.client.stop();
      await ingestor.stop();
      await projections.stop();
      await bus.close();
      await stack.close();
    },
  };
};

/** `gongkai start`: runs until SIGINT/SIGTERM, then closes everything in order. */
export const runPlatform = async (
  config: PlatformConfig,
  options: { port?: number; seed: boolean },
): Promise<void> => {
  const logger = createLogger(config);
  const platform = await startPlatform(config, { ...options, logger });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void platform.close().then(() => process.exit(0));
    });
  }
};
