import { logLevel, type logCreator } from 'kafkajs';
import type { KafkaBusLogEntry, KafkaBusLogLevel, KafkaBusOptions } from './options';

const RANK: Record<KafkaBusLogLevel, number> = { nothing: 0, error: 1, warn: 2, info: 3, debug: 4 };
const KAFKAJS_LEVEL: Record<KafkaBusLogLevel, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};
const NAMES: Record<number, KafkaBusLogEntry['level']> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * kafkajs logs every error response and refused connection at ERROR, though it retries them (a
 * rebalance, a broker restarting); what it finally gives up on reaches the bus as an error or a
 * consumer crash. Those namespaces count as debug.
 */
const NOISY = new Set(['Connection', 'BrokerPool']);

const toStderr = (entry: KafkaBusLogEntry): void => {
  process.stderr.write(`${JSON.stringify({ ...entry, time: new Date().toISOString() })}\n`);
};

export interface BusLogger {
  /** For the adapter's own lines. */
  write(level: KafkaBusLogEntry['level'], message: string, details?: Record<string, unknown>): void;
  /** For kafkajs' `logLevel` and `logCreator`. */
  kafkajsLevel: logLevel;
  logCreator: logCreator;
}

/** One quiet sink for kafkajs and the adapter, filtered by the bus' `logLevel`. */
export const busLogger = (options: Pick<KafkaBusOptions, 'logLevel' | 'log'>): BusLogger => {
  const level = options.logLevel ?? 'error';
  const sink = options.log ?? toStderr;
  const write: BusLogger['write'] = (entryLevel, message, details) => {
    if (RANK[entryLevel] <= RANK[level]) sink({ level: entryLevel, source: 'bus', message, details });
  };
  return {
    write,
    kafkajsLevel: KAFKAJS_LEVEL[level],
    logCreator:
      () =>
      ({ namespace, level: entryLevel, log }) => {
        const name = NOISY.has(namespace) ? 'debug' : NAMES[entryLevel];
        if (name === undefined || RANK[name] > RANK[level]) return;
        const { message, timestamp: _timestamp, ...details } = log;
        sink({ level: name, source: 'kafkajs', message: `[${namespace}] ${message}`, details });
      },
  };
};
