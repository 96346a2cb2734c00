import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KafkaBrokersForTestsOptions } from './kafkaBrokers';
import { decideKafkaBrokers, kafkaBrokersForTests } from './kafkaBrokers';
import { KAFKA_IMAGE, kafkaContainerEnvironment } from './kafkaContainer';

const SUITE = 'Some Kafka suite';
const NO_RUNTIME = 'Could not find a working container runtime strategy';

/** A runtime probe and a container start that record their calls. */
const fakes = (runtime: 'answers' | 'absent', env: NodeJS.ProcessEnv = {}) => {
  const probeRuntime = vi.fn(() =>
    runtime === 'answers' ? Promise.resolve({}) : Promise.reject(new Error(NO_RUNTIME)),
  );
  const startContainer = vi.fn((image: string) => Promise.resolve([`container-of-${image}:32768`]));
  return { env, probeRuntime, startContainer } satisfies KafkaBrokersForTestsOptions;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the brokers a Kafka infra suite runs against', () => {
  it('are those KAFKA_BROKERS lists, without asking for a container runtime', async () => {
    const options = fakes('answers', { KAFKA_BROKERS: ' 10.0.0.1:9092, 10.0.0.2:9092 ', CI: 'true' });
    expect(await decideKafkaBrokers(SUITE, options)).toEqual({ brokers: ['10.0.0.1:9092', '10.0.0.2:9092'] });
    expect(options.probeRuntime).not.toHaveBeenCalled();
    expect(options.startContainer).not.toHaveBeenCalled();
  });

  it('come from a Kafka container when KAFKA_BROKERS is unset and a container runtime answers', async () => {
    const options = fakes('answers', { KAFKA_BROKERS: '' });
    expect(await decideKafkaBrokers(SUITE, options)).toEqual({
      brokers: [`container-of-${KAFKA_IMAGE}:32768`],
    });
    expect(options.startContainer).toHaveBeenCalledExactlyOnceWith(KAFKA_IMAGE);
  });

  it('come from a container of KAFKA_IMAGE when it is set', async () => {
    const options = fakes('answers', { KAFKA_IMAGE: 'apache/kafka:4.5.0' });
    expect(await decideKafkaBrokers(SUITE, options)).toEqual({
      brokers: ['container-of-apache/kafka:4.5.0:32768'],
    });
  });

  it('come from a container under CI=true too: a runtime is as good as KAFKA_BROKERS', async () => {
    const options = fakes('answers', { CI: 'true' });
    expect(await decideKafkaBrokers(SUITE, options)).toEqual({
      brokers: [`container-of-${KAFKA_IMAGE}:32768`],
    });
  });

  it('fail the suite, not skip it, when a container runtime answers but the container does not start', async () => {
    const options = fakes('answers');
    options.startContainer.mockRejectedValueOnce(new Error('pull access denied for apache/kafka'));
    await expect(decideKafkaBrokers(SUITE, options)).rejects.toThrow('pull access denied');
  });
});

describe('a Kafka infra suite with neither KAFKA_BROKERS nor a container runtime', () => {
  it('is skipped with one line naming the suite, why, and what to do', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options = fakes('absent');
    expect(await kafkaBrokersForTests(SUITE, options)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const [line] = warn.mock.calls[0] as [string];
    expect(line).toMatch(
      /^Some Kafka suite SKIPPED: KAFKA_BROKERS is not set and no container runtime answers/,
    );
    expect(line).toContain(NO_RUNTIME);
    expect(line).toContain('KAFKA_BROKERS=127.0.0.1:9092');
    expect(line).not.toContain('\n');
    expect(options.startContainer).not.toHaveBeenCalled();
  });

  it('fails under CI=true instead of being skipped', async () => {
    const decision = await decideKafkaBrokers(SUITE, fakes('absent', { CI: 'true' }));
    expect(decision).toEqual({
      fail: expect.stringMatching(
        /^Some Kafka suite FAILING under CI=true: KAFKA_BROKERS is not set/,
      ) as unknown,
      reason: expect.stringContaining(NO_RUNTIME) as unknown,
    });
  });

  it('is skipped, not failed, when CI is set to anything but "true"', async () => {
    const decision = await decideKafkaBrokers(SUITE, fakes('absent', { CI: 'false' }));
    expect(decision).toHaveProperty('skip');
  });
});

describe('the Kafka container', () => {
  it('advertises its client listener on the port the host maps, and keeps broker traffic inside', () => {
    const environment = kafkaContainerEnvironment('localhost', 40123);
    expect(environment.KAFKA_ADVERTISED_LISTENERS).toBe('CLIENT://localhost:40123,BROKER://localhost:19092');
    expect(environment.KAFKA_LISTENERS).toContain('CLIENT://:9092');
    expect(environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(environment.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`1@localhost:29093`);
    expect(environment.KAFKA_INTER_BROKER_LISTENER_NAME).toBe('BROKER');
  });
});
