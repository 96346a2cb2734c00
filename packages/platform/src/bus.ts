import type { Bus } from '@gongkai/messaging';
import { createInProcessBus, createKafkaBus } from '@gongkai/messaging';
import type { Logger } from 'pino';
import type { PlatformConfig } from './config';

/** Kafka when `KAFKA_BROKERS` is set, else the in-process bus of the embedded default. */
export const createBus = (config: PlatformConfig, logger: Logger, clientId = 'gongkai'): Bus => {
  const brokers = config.intake.kafkaBrokers;
  if (!brokers) return createInProcessBus({ partitions: config.intake.partitions });
  return createKafkaBus({
    brokers,
    clientId,
    logLevel: 'warn',
    sessionTimeoutMs: config.intake.sessionTimeoutMs,
    heartbeatIntervalMs: Math.max(500, Math.floor(config.intake.sessionTimeoutMs / 5)),
    log: ({ level, source, message, details }) => logger[level]({ source, ...details }, message),
  });
};
