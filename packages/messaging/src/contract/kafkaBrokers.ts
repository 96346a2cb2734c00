import { describe, it } from 'vitest';
import { kafkaBrokersFrom } from '../kafka/config';
import { KAFKA_IMAGE, kafkaContainerBrokers } from './kafkaContainer';

export interface KafkaBrokersForTestsOptions {
  env?: NodeJS.ProcessEnv;
  /** Resolves when a container runtime answers, rejects saying why not. */
  probeRuntime?: () => Promise<unknown>;
  /** Starts (or reuses) a broker in a container of `image`; resolves with its `host:port`s. */
  startContainer?: (image: string) => Promise<string[]>;
}

/** Where an infra suite's brokers come from, or the one line saying why it has none. */
export type KafkaBrokersDecision =
  { brokers: string[] } | { skip: string } | { fail: string; reason: string };

const FIX = 'run `pnpm infra:up` and set KAFKA_BROKERS=127.0.0.1:9092, or start a container runtime';

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

/** KAFKA_BROKERS first; else a container when a runtime answers; else skip, or fail under CI=true. */
export const decideKafkaBrokers = async (
  suite: string,
  {
    env = process.env,
    probeRuntime = probeTestcontainersRuntime,
    startContainer = kafkaContainerBrokers,
  }: KafkaBrokersForTestsOptions = {},
): Promise<KafkaBrokersDecision> => {
  const brokers = kafkaBrokersFrom(env);
  if (brokers !== undefined) return { brokers };
  const noRuntime = await whyNoRuntime(probeRuntime);
  if (noRuntime === undefined) return { brokers: await startContainer(env.KAFKA_IMAGE || KAFKA_IMAGE) };
  const why = `KAFKA_BROKERS is not set and no container runtime answers (${noRuntime})`;
  if (env.CI !== 'true') return { skip: `${suite} SKIPPED: ${why} — ${FIX}.` };
  return { fail: `${suite} FAILING under CI=true: ${why} — ${FIX}.`, reason: why };
};

/**
 * The brokers an infra suite runs against, or undefined after one loud line saying why it is
 * skipped. Under CI=true the suite is never skipped: a failing test is registered instead.
 * Call it at the top level of a spec file (`await`), where vitest collects tests.
 */
export const kafkaBrokersForTests = async (
  suite: string,
  options: KafkaBrokersForTestsOptions = {},
): Promise<string[] | undefined> => {
  const decision = await decideKafkaBrokers(suite, options);
  if ('brokers' in decision) return decision.brokers;
  if ('skip' in decision) {
    console.warn(decision.skip);
    return undefined;
  }
  console.warn(decision.fail);
  describe(`${suite} under CI`, () => {
    it('needs a broker: CI must not pass by skipping', () => {
      throw new Error(`${decision.reason} under CI=true: ${FIX}.`);
    });
  });
  return undefined;
};
