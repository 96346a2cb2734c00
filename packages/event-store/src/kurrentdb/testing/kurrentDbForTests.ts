import { serverForTests } from '@gongkai/testkit/servers';
import type { StartedTestContainer } from 'testcontainers';

/** The server an infra test runs against, and how to let go of it. */
export interface KurrentDbForTests {
  connectionString: string;
  stop: () => Promise<void>;
}

/** Image and settings of the throwaway server: one insecure node, no projections. */
export const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:25.1';
const KURRENTDB_PORT = 2113;
const KURRENTDB_ENVIRONMENT = {
  KURRENTDB_CLUSTER_SIZE: '1',
  KURRENTDB_RUN_PROJECTIONS: 'None',
  KURRENTDB_INSECURE: 'true',
  KURRENTDB_ENABLE_ATOM_PUB_OVER_HTTP: 'true',
  // The contract round-trips a 1 MB event; the server's default maximum append is 1 MiB of payload.
  KURRENTDB_MAX_APPEND_SIZE: String(8 * 1024 * 1024),
};

const startContainer = async (image: string): Promise<KurrentDbForTests> => {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container: StartedTestContainer = await new GenericContainer(image)
    .withEnvironment(KURRENTDB_ENVIRONMENT)
    .withExposedPorts(KURRENTDB_PORT)
    .withWaitStrategy(Wait.forHttp('/health/live', KURRENTDB_PORT).forStatusCode(204))
    .start();
  return {
    connectionString: `kurrentdb://${container.getHost()}:${container.getMappedPort(KURRENTDB_PORT)}?tls=false`,
    stop: async () => {
      await container.stop();
    },
  };
};

/**
 * KURRENTDB_URL when set; else a KurrentDB container when a container runtime answers; else
 * undefined, after one loud line saying the suite is skipped and why. Also under CI=true: no CI
 * script here can start KurrentDB (no container engine, no server binary in a reachable registry).
 */
export const kurrentDbForTests = (
  suite: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KurrentDbForTests | undefined> =>
  serverForTests(suite, {
    variable: 'KURRENTDB_URL',
    fromEnv: (from) =>
      from.KURRENTDB_URL
        ? { connectionString: from.KURRENTDB_URL, stop: () => Promise.resolve() }
        : undefined,
    startContainer: (from) => startContainer(from.KURRENTDB_IMAGE ?? KURRENTDB_IMAGE),
    fix: 'set KURRENTDB_URL=kurrentdb://127.0.0.1:2113?tls=false to run it against a KurrentDB 25.1+ server',
    needs: 'KurrentDB',
    requiredUnderCi: false,
    env,
  });
