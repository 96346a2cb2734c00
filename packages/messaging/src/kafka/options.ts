export type KafkaBusLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export interface KafkaBusLogEntry {
  level: Exclude<KafkaBusLogLevel, 'nothing'>;
  /** `kafkajs` for the client's own lines, `bus` for the adapter's (a consumer restarted...). */
  source: 'kafkajs' | 'bus';
  message: string;
  details?: Record<string, unknown>;
}

export interface KafkaBusOptions {
  /** `host:port` of one or more brokers (e.g. from KAFKA_BROKERS). */
  brokers: string[];
  clientId: string;
  /** What reaches `log`. Default `error`: kafkajs' per-retry noise is debug/warn there. */
  logLevel?: KafkaBusLogLevel;
  /** Where log lines go. Default: one JSON line on stderr each. */
  log?: (entry: KafkaBusLogEntry) => void;
  /**
   * How long a publish (and any admin call) keeps retrying while the broker is unreachable before it
   * fails with BUS_UNAVAILABLE, in ms. Default 90000: longer than a broker restart.
   */
  retryBudgetMs?: number;
  /** How often a consumer tells its group it is alive, in ms. Default 3000 (the Kafka default). */
  heartbeatIntervalMs?: number;
  /** A consumer that misses heartbeats this long is dropped from its group, in ms. Default 30000. */
  sessionTimeoutMs?: number;
  /** Most bytes fetched per partition and per fetch (caps a batch). Default 1 MiB. */
  maxBytesPerPartition?: number;
}
