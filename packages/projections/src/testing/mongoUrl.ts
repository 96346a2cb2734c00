import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';

/** The server `scripts/infra/ferretdb.sh` stands in for: what production runs. */
export const MONGO_IMAGE = 'mongo:8';

export interface MongoUrlForTestsOptions {
  env?: NodeJS.ProcessEnv;
  /** Resolves when a container runtime answers, rejects saying why not. */
  probeRuntime?: () => Promise<unknown>;
  /** Starts (or reuses) a server in a container of `image`; resolves with its `mongodb://` URL. */
  startContainer?: (image: string) => Promise<string>;
}

/** Where an infra suite's MongoDB comes from, or the one line saying why it has none. */
export type MongoUrlDecision = { url: string } | { skip: string } | { fail: string; reason: string };

const FIX =
  'run `pnpm infra:up` and set MONGODB_URL=mongodb://127.0.0.1:27017/, or start a container runtime';

const probeTestcontainersRuntime = async (): Promise<unknown> => {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient();
};

const startMongoContainer = async (image: string): Promise<string> => {
  const { GenericContainer, Wait } = await import('testcontainers');
  // No stop(): testcontainers' reaper removes the container when this process exits.
  const container = await new GenericContainer(image)
    .withExposedPorts(27017)
    .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
    .withStartupTimeout(120_000)
    .start();
  return `mongodb://${container.getHost()}:${container.getMappedPort(27017)}/`;
};

// On globalThis: a test runner may evaluate this module once per spec file; one server per process.
const SHARED = Symbol.for('@gongkai/projections/mongoContainer');
type Shared = typeof globalThis & { [SHARED]?: Promise<string> };

const sharedMongoContainer = (image: string): Promise<string> => {
  const shared = globalThis as Shared;
  shared[SHARED] ??= startMongoContainer(image).catch((error: unknown) => {
    delete shared[SHARED];
    throw error;
  });
  return shared[SHARED];
};

const whyNoRuntime = (probe: () => Promise<unknown>): Promise<string | undefined> =>
  probe().then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

/** MONGODB_URL first; else a `mongo:8` container when a runtime answers; else skip, or fail under CI=true. */
export const decideMongoUrl = async (
  suite: string,
  {
    env = process.env,
    probeRuntime = probeTestcontainersRuntime,
    startContainer = sharedMongoContainer,
  }: MongoUrlForTestsOptions = {},
): Promise<MongoUrlDecision> => {
  const url = env.MONGODB_URL?.trim();
  if (url) return { url };
  const noRuntime = await whyNoRuntime(probeRuntime);
  if (noRuntime === undefined) return { url: await startContainer(env.MONGO_IMAGE || MONGO_IMAGE) };
  const why = `MONGODB_URL is not set and no container runtime answers (${noRuntime})`;
  if (env.CI !== 'true') return { skip: `${suite} SKIPPED: ${why} — ${FIX}.` };
  return { fail: `${suite} FAILING under CI=true: ${why} — ${FIX}.`, reason: why };
};

/**
 * The MongoDB URL an infra suite runs against, or undefined after one loud line saying why it is
 * skipped. Under CI=true the suite is never skipped: a failing test is registered instead.
 * Call it at the top level of a spec file (`await`), where vitest collects tests.
 */
export const mongoUrlForTests = async (
  suite: string,
  options: MongoUrlForTestsOptions = {},
): Promise<string | undefined> => {
  const decision = await decideMongoUrl(suite, options);
  if ('url' in decision) return decision.url;
  if ('skip' in decision) {
    console.warn(decision.skip);
    return undefined;
  }
  console.warn(decision.fail);
  describe(`${suite} under CI`, () => {
    it('needs MongoDB: CI must not pass by skipping', () => {
      throw new Error(`${decision.reason} under CI=true: ${FIX}.`);
    });
  });
  return undefined;
};

/** A database name no other test uses (`prefix` + time + random). */
export const freshDatabaseName = (prefix = 'gongkai_test'): string =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
