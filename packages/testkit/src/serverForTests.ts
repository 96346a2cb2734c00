import { describe, it } from 'vitest';

/** Where an infra suite's server comes from, or the one line saying why it has none. */
export type ServerDecision<T> = { server: T } | { skip: string } | { fail: string; reason: string };

export interface ServerForTestsOptions<T> {
  /** The variable that names the server (`MONGODB_URL`), for the skip line. */
  variable: string;
  /** The server the environment names, or undefined when the variable is unset or blank. */
  fromEnv: (env: NodeJS.ProcessEnv) => T | undefined;
  /** Starts (or reuses) one in a container, once a container runtime has answered. */
  startContainer: (env: NodeJS.ProcessEnv) => Promise<T>;
  /** How to get one instead, for the skip or failure line ("run `pnpm infra:up` and ..."). */
  fix: string;
  /** What the suite needs, for the test that fails under CI ("a broker"). */
  needs: string;
  /** CI=true fails instead of skipping, because the CI script starts this server (default true). */
  requiredUnderCi?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Resolves when a container runtime answers, rejects saying why not (default: testcontainers). */
  probeRuntime?: () => Promise<unknown>;
}

const probeTestcontainersRuntime = async (): Promise<unknown> => {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient();
};

/** undefined when the probe resolves, else its reason. */
const whyNoRuntime = (probe: () => Promise<unknown>): Promise<string | undefined> =>
  probe().then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

/**
 * The variable first; else a container when a runtime answers (a container that then fails to
 * start fails the suite); else skip — or, under CI=true for a server CI starts, fail.
 */
export const decideServer = async <T>(
  suite: string,
  options: ServerForTestsOptions<T>,
): Promise<ServerDecision<T>> => {
  const env = options.env ?? process.env;
  const named = options.fromEnv(env);
  if (named !== undefined) return { server: named };
  const noRuntime = await whyNoRuntime(options.probeRuntime ?? probeTestcontainersRuntime);
  if (noRuntime === undefined) return { server: await options.startContainer(env) };
  const why = `${options.variable} is not set and no container runtime answers (${noRuntime})`;
  if (env.CI !== 'true' || options.requiredUnderCi === false) {
    return { skip: `${suite} SKIPPED: ${why} — ${options.fix}.` };
  }
  return { fail: `${suite} FAILING under CI=true: ${why} — ${options.fix}.`, reason: why };
};

/**
 * The server an infra suite runs against, or undefined after one loud line saying why it is
 * skipped. Under CI=true a suite whose server CI starts is never skipped: a failing test is
 * registered instead. Call it at the top level of a spec file (`await`), where vitest collects tests.
 */
export const serverForTests = async <T>(
  suite: string,
  options: ServerForTestsOptions<T>,
): Promise<T | undefined> => {
  const decision = await decideServer(suite, options);
  if ('server' in decision) return decision.server;
  if ('skip' in decision) {
    console.warn(decision.skip);
    return undefined;
  }
  console.warn(decision.fail);
  describe(`${suite} under CI`, () => {
    it(`needs ${options.needs}: CI must not pass by skipping`, () => {
      throw new Error(`${decision.reason} under CI=true: ${options.fix}.`);
    });
  });
  return undefined;
};
