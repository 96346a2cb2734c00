import type { ServerForTestsOptions } from '@gongkai/testkit/servers';
import { decideServer, serverForTests } from '@gongkai/testkit/servers';
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

const kafkaServer = ({
  env,
  probeRuntime,
  startContainer = kafkaContainerBrokers,
}: KafkaBrokersForTestsOptions): ServerForTestsOptions<string[]> => ({
  variable: 'KAFKA_BROKERS',
  fromEnv: kafkaBrokersFrom,
  startContainer: (from) => startContainer(from.KAFKA_IMAGE || KAFKA_IMAGE),
  fix: FIX,
  needs: 'a broker',
  env,
  probeRuntime,
});

/** KAFKA_BROKERS first; else a container when a runtime answers; else skip, or fail under CI=true. */
export const decideKafkaBrokers = async (
  suite: string,
  options: KafkaBrokersForTestsOptions = {},
): Promise<KafkaBrokersDecision> => {
  const decision = await decideServer(suite, kafkaServer(options));
  return 'server' in decision ? { brokers: decision.server } : decision;
};

/**
 * The brokers an infra suite runs against, or undefined after one loud line saying why it is
 * skipped. Under CI=true the suite is never skipped: a failing test is registered instead.
 * Call it at the top level of a spec file (`await`), where vitest collects tests.
 */
export const kafkaBrokersForTests = (
  suite: string,
  options: KafkaBrokersForTestsOptions = {},
): Promise<string[] | undefined> => serverForTests(suite, kafkaServer(options));
