import { randomBytes } from 'node:crypto';
import type { ServerForTestsOptions } from '@gongkai/testkit/servers';
import { decideServer, serverForTests } from '@gongkai/testkit/servers';

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

const mongoServer = ({
  env,
  probeRuntime,
  startContainer = sharedMongoContainer,
}: MongoUrlForTestsOptions): ServerForTestsOptions<string> => ({
  variable: 'MONGODB_URL',
  fromEnv: (from) => from.MONGODB_URL?.trim() || undefined,
  startContainer: (from) => startContainer(from.MONGO_IMAGE || MONGO_IMAGE),
  fix: FIX,
  needs: 'MongoDB',
  env,
  probeRuntime,
});

/** MONGODB_URL first; else a `mongo:8` container when a runtime answers; else skip, or fail under CI=true. */
export const decideMongoUrl = async (
  suite: string,
  options: MongoUrlForTestsOptions = {},
): Promise<MongoUrlDecision> => {
  const decision = await decideServer(suite, mongoServer(options));
  return 'server' in decision ? { url: decision.server } : decision;
};

/**
 * The MongoDB URL an infra suite runs against, or undefined after one loud line saying why it is
 * skipped. Under CI=true the suite is never skipped: a failing test is registered instead.
 * Call it at the top level of a spec file (`await`), where vitest collects tests.
 */
export const mongoUrlForTests = (
  suite: string,
  options: MongoUrlForTestsOptions = {},
): Promise<string | undefined> => serverForTests(suite, mongoServer(options));

/** A database name no other test uses (`prefix` + time + random). */
export const freshDatabaseName = (prefix = 'gongkai_test'): string =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
