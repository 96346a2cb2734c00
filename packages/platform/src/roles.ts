import type { ReadyReport } from '@gongkai/api';
import { createProbeApp, listen } from '@gongkai/api';
import type { Logger } from 'pino';
import { startBridge } from './bridge';
import { createBus } from './bus';
import { serveApi } from './commands';
import type { PlatformConfig } from './config';
import type { Ingestor } from '@gongkai/ingest';
import { intakeMetricsText } from '@gongkai/ingest';
import { loadOrCreateIntakeKey, startIngestor, startIntakeGateway } from './intake';
import { createLogger } from './logger';
import { startProjections } from './projections';
import { openStack } from './stack';
import type { PlatformStack } from './stack';

/** A shutdown that hangs (a broker gone for good) must not keep the process: what is unacknowledged is redelivered. */
const SHUTDOWN_GRACE_MS = 15_000;

/** Runs until SIGINT/SIGTERM, then closes what `start` opened, in reverse. */
const untilSignalled = (logger: Logger, close: () => Promise<void>): void => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      setTimeout(() => {
        logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      void close().then(() => process.exit(0));
    });
  }
};

/** A role could not listen on its probe port: it exits rather than run unwatched. */
export class ProbePortError extends Error {
  readonly code = 'PROBE_PORT_UNAVAILABLE';
  constructor(role: string, host: string, port: number, cause: unknown) {
    const code = (cause as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
    super(
      `gongkai ${role} cannot serve /healthz, /readyz and /metrics on ${host}:${port} (${reason}): ` +
        'set PORT to a free port (every process on one machine needs its own; PORT=0 picks one).',
      { cause },
    );
    this.name = 'ProbePortError';
  }
}

/**
 * `/healthz`, `/readyz` and `/metrics` of a process that serves no API, on PORT. Bound before the
 * role starts its work (a role that cannot be probed must not run: it would look dead and be
 * restarted); they answer "starting" until `started` hands them the work to report on.
 */
const serveProbes = async <Work>(
  role: string,
  config: PlatformConfig,
  logger: Logger,
  ready: (work: Work) => Promise<ReadyReport> | ReadyReport,
  moreMetrics?: (work: Work) => string,
): Promise<{ url: string; close(): Promise<void>; started(work: Work): void }> => {
  const running: { work?: Work } = {};
  const { app } = createProbeApp({
    ready: () => (running.work === undefined ? NOT_STARTED : ready(running.work)),
    logger,
    ...(moreMetrics
      ? { moreMetrics: () => (running.work === undefined ? '' : moreMetrics(running.work)) }
      : {}),
  });
  try {
    const server = await listen(app, config.port, config.host);
    return { url: server.url, close: () => server.close(), started: (work) => (running.work = work) };
  } catch (error) {
    throw new ProbePortError(role, config.host, config.port, error);
  }
};

const NOT_STARTED: ReadyReport = { ready: false, details: { state: 'starting' } };

const requireKafka = (config: PlatformConfig, role: string, why: string): string[] => {
  if (!config.intake.kafkaBrokers)
    throw new Error(`gongkai ${role} ${why}: set KAFKA_BROKERS (e.g. 127.0.0.1:9092).`);
  return config.intake.kafkaBrokers;
};

/**
 * `gongkai ingest`: consumes the intake topic in the ingestors' group and decides every message
 * into the event store. Run as many as the intake has partitions; they share them.
 */
export const runIngest = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  const brokers = requireKafka(config, 'ingest', 'reads the intake from Kafka');
  const probes = await serveProbes(
    'ingest',
    config,
    logger,
    (ingestor: Ingestor) => {
      const health = ingestor.health();
      return { ready: health.ready, details: { ...health, counters: ingestor.stats } };
    },
    (ingestor) => intakeMetricsText(ingestor.stats, ingestor.health()),
  );
  const stack = await openStack(config);
  const bus = createBus(config, logger, 'gongkai-ingest');
  const intakeKey = await loadOrCreateIntakeKey(config.dataDir, config.intake.key);
  const ingestor = await startIngestor({ stack, bus, config, intakeKey, logger });
  probes.started(ingestor);
  logger.info({ brokers, dataDir: config.dataDir, probes: probes.url }, 'ingest started');
  untilSignalled(logger, async () => {
    await probes.close();
    await ingestor.stop();
    await bus.close();
    await stack.close();
  });
};

/**
 * `gongkai project`: keeps the read models current from the event store, resuming at its
 * checkpoints. With MongoDB read models, run several: they share the tenant shards.
 */
export const runProjector = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  type Running = { stack: PlatformStack; projections: Awaited<ReturnType<typeof startProjections>> };
  const probes = await serveProbes('project', config, logger, async ({ stack, projections }: Running) => {
    const lag = await projections.lag();
    return {
      ready: projections.state() === 'running',
      details: { shards: projections.shards(), projectionLag: lag, totalLag: await stack.projectionLag() },
    };
  });
  const stack = await openStack(config);
  const bus = createBus(config, logger, 'gongkai-project');
  const projections = await startProjections({ stack, bus, topicPrefix: config.intake.topicPrefix, logger });
  probes.started({ stack, projections });
  logger.info({ dataDir: config.dataDir, shards: stack.shards, probes: probes.url }, 'projection started');
  untilSignalled(logger, async () => {
    await probes.close();
    await projections.stop();
    await bus.close();
    await stack.close();
  });
};

/**
 * `gongkai api`: the GraphQL API, public pages and report downloads. Stateless: every write goes
 * to the intake on Kafka; run as many replicas as wanted.
 */
export const runApi = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  requireKafka(config, 'api', 'sends every write through the intake on Kafka, to the ingestors');
  const stack = await openStack(config);
  const bus = createBus(config, logger, 'gongkai-api');
  const intakeKey = await loadOrCreateIntakeKey(config.dataDir, config.intake.key);
  const intake = await startIntakeGateway({ stack, bus, intakeKey });
  const api = await serveApi({ stack, gateway: intake.gateway, logger });
  logger.info({ url: `${api.url}/graphql` }, 'api started');
  untilSignalled(logger, async () => {
    await api.close();
    await intake.client.stop();
    await bus.close();
    await stack.close();
  });
};

/**
 * `gongkai relay`: the bridge to the provincial data-sharing bus — public events out, reference
 * items in. Run one: a second waits on nothing and would publish every event twice.
 */
export const runRelay = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  requireKafka(config, 'relay', 'publishes to the data-sharing bus topics on Kafka');
  const probes = await serveProbes(
    'relay',
    config,
    logger,
    async (bridge: Awaited<ReturnType<typeof startBridge>>) => ({
      ready: bridge.relay.status().state !== 'stopped',
      details: { relayLag: await bridge.relay.lag() },
    }),
  );
  const stack = await openStack(config);
  const bus = createBus(config, logger, 'gongkai-relay');
  const intakeKey = await loadOrCreateIntakeKey(config.dataDir, config.intake.key);
  const bridge = await startBridge({ stack, bus, intakeKey, logger });
  probes.started(bridge);
  logger.info({ probes: probes.url }, 'relay started');
  untilSignalled(logger, async () => {
    await probes.close();
    await bridge.close();
    await bus.close();
    await stack.close();
  });
};
