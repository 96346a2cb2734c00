import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The platform's configuration: every environment variable it reads, parsed once, here.
 * The README's configuration table documents the same names; keep them in step.
 */
const environmentSchema = z.object({
  GONGKAI_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Production: verify bearer tokens against this JWKS instead of the embedded key. */
  GONGKAI_JWKS_URL: z.url().optional(),
  GONGKAI_JWT_ISSUER: z.string().min(1).optional(),
  GONGKAI_JWT_AUDIENCE: z.string().min(1).optional(),
  /** Measured resolver work (packages/api/README.md, "Query cost"): every whole view fits. */
  GONGKAI_MAX_QUERY_COST: z.coerce.number().int().positive().default(20_000),
  /** Fields asked `asOf` in one query: views as of are uncached and grow with the tenants below them. */
  GONGKAI_MAX_AS_OF_FIELDS: z.coerce.number().int().positive().default(4),
  /** Comma-separated `host:port` list: the intake runs on Kafka; unset, on the in-process bus. */
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'host:port[,host:port...], e.g. 127.0.0.1:9092')
    .optional(),
  /** Prefix of every topic name, for several environments on one Kafka cluster (e.g. `staging.`). */
  GONGKAI_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits and ._- only')
    .default(''),
  /** The event store is KurrentDB at this connection string (e.g. `kurrentdb://host:2113?tls=false`); unset, SQLite in the data folder. */
  KURRENTDB_URL: z
    .string()
    .regex(
      /^(kurrentdb|kdb|esdb)(\+discover)?:\/\/\S+$/,
      'a KurrentDB connection string, e.g. kurrentdb://127.0.0.1:2113?tls=false',
    )
    .optional(),
  /** The read models live in MongoDB at this URL (e.g. `mongodb://host:27017/?replicaSet=rs0`); unset, SQLite in the data folder. */
  MONGODB_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'a MongoDB connection string, e.g. mongodb://127.0.0.1:27017/')
    .optional(),
  MONGODB_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - (at most 63)')
    .default('gongkai'),
  /** Tenant shards of the projections in MongoDB; `gongkai project` processes share them. Fixed for the life of the read models. */
  GONGKAI_PROJECTION_SHARDS: z.coerce.number().int().min(1).max(256).default(8),
  /** /readyz of the API and of the projectors answers 503 while the projections lag more events than this. */
  GONGKAI_READY_MAX_LAG: z.coerce.number().int().min(0).default(10_000),
  /** How long a query sent with X-Gongkai-Min-Position waits for the read models (ms). */
  GONGKAI_MIN_POSITION_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Partitions of the intake and outcome topics (when the platform creates them). */
  GONGKAI_INTAKE_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(8),
  /**
   * A Kafka consumer silent this long is dropped from its group and its partitions go to the others
   * (ms; the broker's group.min.session.timeout.ms, 6000 by default, is the floor). A restarted
   * process resumes after about this long: kafkajs 2.2.4 has no static membership (groupInstanceId).
   */
  GONGKAI_KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(6000),
  /** How long a mutation waits for its outcome before answering CommandPending (ms). */
  GONGKAI_INTAKE_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
  /** The secret the platform's own sources sign intake messages with; default: made in the data folder. */
  GONGKAI_INTAKE_KEY: z.string().min(32).optional(),
  /** The tenant directory (units, reporting lines, areas) as JSON; default: the Heilongjiang pilot. */
  GONGKAI_TENANTS_FILE: z.string().min(1).optional(),
  /** A JSON file `{ "sources": [{ id, name, tenants, keys }] }` of the tenant systems that may send. */
  GONGKAI_SOURCES_FILE: z.string().min(1).optional(),
  /** Signs the public feedback forms' anti-forgery tokens; default derived from the data folder's signing key. */
  GONGKAI_PUBLIC_CSRF_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  GONGKAI_PUBLIC_FEEDBACK_LIMIT: z.coerce.number().int().positive().default(10),
  GONGKAI_PUBLIC_FEEDBACK_WINDOW_SECONDS: z.coerce.number().int().positive().default(600),
  GONGKAI_PUBLIC_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  /** CSP frame-ancestors of the public pages: the government website(s) that embed them. */
  GONGKAI_PUBLIC_FRAME_ANCESTORS: z.string().min(1).default("'self'"),
  /** Reverse-proxy hops (a CDN) whose X-Forwarded-For names the client; 0 = none. */
  GONGKAI_TRUST_PROXY: z.coerce.number().int().min(0).default(0),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface PlatformConfig {
  dataDir: string;
  eventStorePath: string;
  readModelPath: string;
  port: number;
  host: string;
  development: boolean;
  logLevel: Environment['LOG_LEVEL'];
  jwt: { jwksUrl?: string; issuer?: string; audience?: string };
  maxQueryCost: number;
  maxAsOfFields: number;
  tenantsFile?: string;
  /** Set: the event store is KurrentDB (else SQLite at `eventStorePath`). */
  kurrentDbUrl?: string;
  /** Set: the read models are in MongoDB (else SQLite at `readModelPath`), projected in tenant shards. */
  mongodb?: { url: string; database: string };
  projection: {
    /** Tenant shards (used with MongoDB read models, which several projector processes share). */
    shards: number;
    readyMaxLag: number;
    /** Read-your-writes: the longest a query waits for the position it names. */
    minPositionWaitMs: number;
  };
  intake: {
    kafkaBrokers?: string[];
    topicPrefix: string;
    partitions: number;
    timeoutMs: number;
    /** Kafka consumer group session (ms). */
    sessionTimeoutMs: number;
    key?: string;
    sourcesFile?: string;
  };
  publicSite: {
    /** Absent: derived from the signing key in the data folder. */
    csrfSecret?: string;
    feedbackRateLimit: { limit: number; windowSeconds: number };
    maxAgeSeconds: number;
    frameAncestors: string;
  };
  trustProxy: number;
}

export class InvalidConfigurationError extends Error {
  readonly code = 'INVALID_CONFIGURATION';
  constructor(issues: string[]) {
    super(`Invalid configuration; fix these environment variables:\n  ${issues.join('\n  ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): PlatformConfig => {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.GONGKAI_DATA_DIR);
  return {
    dataDir,
    eventStorePath: resolve(dataDir, 'events.sqlite'),
    readModelPath: resolve(dataDir, 'read-models.sqlite'),
    port: e.PORT,
    host: e.HOST,
    development: e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    maxQueryCost: e.GONGKAI_MAX_QUERY_COST,
    maxAsOfFields: e.GONGKAI_MAX_AS_OF_FIELDS,
    ...(e.GONGKAI_TENANTS_FILE ? { tenantsFile: resolve(e.GONGKAI_TENANTS_FILE) } : {}),
    ...(e.KURRENTDB_URL ? { kurrentDbUrl: e.KURRENTDB_URL } : {}),
    ...(e.MONGODB_URL ? { mongodb: { url: e.MONGODB_URL, database: e.MONGODB_DATABASE } } : {}),
    projection: {
      shards: e.GONGKAI_PROJECTION_SHARDS,
      readyMaxLag: e.GONGKAI_READY_MAX_LAG,
      minPositionWaitMs: e.GONGKAI_MIN_POSITION_WAIT_MS,
    },
    intake: {
      ...(e.KAFKA_BROKERS ? { kafkaBrokers: e.KAFKA_BROKERS.split(',') } : {}),
      topicPrefix: e.GONGKAI_TOPIC_PREFIX,
      partitions: e.GONGKAI_INTAKE_PARTITIONS,
      timeoutMs: e.GONGKAI_INTAKE_TIMEOUT_MS,
      sessionTimeoutMs: e.GONGKAI_KAFKA_SESSION_TIMEOUT_MS,
      ...(e.GONGKAI_INTAKE_KEY ? { key: e.GONGKAI_INTAKE_KEY } : {}),
      ...(e.GONGKAI_SOURCES_FILE ? { sourcesFile: resolve(e.GONGKAI_SOURCES_FILE) } : {}),
    },
    publicSite: {
      ...(e.GONGKAI_PUBLIC_CSRF_SECRET ? { csrfSecret: e.GONGKAI_PUBLIC_CSRF_SECRET } : {}),
      feedbackRateLimit: {
        limit: e.GONGKAI_PUBLIC_FEEDBACK_LIMIT,
        windowSeconds: e.GONGKAI_PUBLIC_FEEDBACK_WINDOW_SECONDS,
      },
      maxAgeSeconds: e.GONGKAI_PUBLIC_MAX_AGE_SECONDS,
      frameAncestors: e.GONGKAI_PUBLIC_FRAME_ANCESTORS,
    },
    trustProxy: e.GONGKAI_TRUST_PROXY,
    jwt: {
      ...(e.GONGKAI_JWKS_URL ? { jwksUrl: e.GONGKAI_JWKS_URL } : {}),
      ...(e.GONGKAI_JWT_ISSUER ? { issuer: e.GONGKAI_JWT_ISSUER } : {}),
      ...(e.GONGKAI_JWT_AUDIENCE ? { audience: e.GONGKAI_JWT_AUDIENCE } : {}),
    },
  };
};
