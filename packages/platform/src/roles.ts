import type { Logger } from 'pino';
import { createBus } from './bus';
import type { PlatformConfig } from './config';
import { openEmbeddedStack, startProjections } from './embedded';
import { loadOrCreateIntakeKey, startIngestor } from './intake';
import { createLogger } from './logger';

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

/**
 * `gongkai ingest`: consumes the intake topic in the ingestors' group and decides every message
 * into the event store. Run as many as the intake has partitions; they share them.
 */
export const runIngest = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  if (!config.intake.kafkaBrokers)
    throw new Error('gongkai ingest reads the intake from Kafka: set KAFKA_BROKERS (e.g. 127.0.0.1:9092).');
  const stack = await openEmbeddedStack(config);
  const bus = createBus(config, logger, 'gongkai-ingest');
  const intakeKey = await loadOrCreateIntakeKey(config.dataDir, config.intake.key);
  const ingestor = await startIngestor({ stack, bus, config, intakeKey, logger });
  logger.info({ brokers: config.intake.kafkaBrokers, dataDir: config.dataDir }, 'ingest started');
  untilSignalled(logger, async () => {
    await ingestor.stop();
    await bus.close();
    await stack.close();
  });
};

/** `gongkai project`: keeps the read models current from the event store, resuming at its checkpoint. */
export const runProjector = async (config: PlatformConfig): Promise<void> => {
  const logger = createLogger(config);
  const stack = await openEmbeddedStack(config);
  const runner = await startProjections(stack, logger);
  logger.info({ dataDir: config.dataDir }, 'projection started');
  untilSignalled(logger, async () => {
    await runner.stop();
    await stack.close();
  });
};
