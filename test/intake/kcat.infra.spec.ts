import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKafkaBus, partitionOfKey } from '@gongkai/messaging';
import { kafkaBrokersForTests } from '@gongkai/messaging/contract';
import { readTopic } from '../support/topicReader';

const brokers = await kafkaBrokersForTests('kcat against the intake partitioning');
const hasKcat = (() => {
  try {
    execFileSync('kcat', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error('kcat is not installed: .ci/run installs it (apt-get install kcat)');
    console.warn('kcat partitioning test SKIPPED: kcat is not installed (apt-get install kcat)');
    return false;
  }
})();

const TENANTS = ['230102', '230103', '230104', '230182', '231102', '230000', '000000'];
const PARTITIONS = 8;

/** Produces one message per tenant with kcat, keyed by the tenant, with the given extra flags. */
const kcatProduce = (topic: string, flags: string[]) =>
  execFileSync('kcat', ['-P', '-b', brokers!.join(','), '-t', topic, '-K', '\t', ...flags], {
    input: TENANTS.map((tenant) => `${tenant}\t{"probe":"${tenant}"}`).join('\n'),
  });

describe.skipIf(brokers === undefined || !hasKcat)(
  'an outside producer (kcat) and the intake partitions',
  () => {
    it('kcat with -X partitioner=murmur2_random, as contracts/README.md says, puts each tenant where the platform does; its default does not', async () => {
      const bus = createKafkaBus({ brokers: brokers!, clientId: `kcat-${randomUUID()}` });
      const topic = `kcat-${randomUUID().slice(0, 8)}.gongkai.intake.v1`;
      const defaultTopic = `${topic}.default`;
      try {
        await bus.ensureTopics([
          { topic, partitions: PARTITIONS },
          { topic: defaultTopic, partitions: PARTITIONS },
        ]);
        kcatProduce(topic, ['-X', 'partitioner=murmur2_random']);
        kcatProduce(defaultTopic, []);
        const partitionsOf = async (name: string) => {
          const reader = await readTopic(bus, name);
          await reader.until((messages) => messages.length >= TENANTS.length, 30_000);
          await reader.stop();
          return Object.fromEntries(
            reader.messages.map((message) => [message.key, message.partition]),
          ) as Record<string, number>;
        };
        const platform: Record<string, number> = Object.fromEntries(
          TENANTS.map((tenant) => [tenant, partitionOfKey(tenant, PARTITIONS)]),
        );
        expect(await partitionsOf(topic)).toEqual(platform);
        // Issue 14: librdkafka's default (consistent_random, CRC32) puts 230102 elsewhere.
        const byDefault = await partitionsOf(defaultTopic);
        expect(byDefault['230102']).not.toBe(platform['230102']);
      } finally {
        await bus.close();
      }
    });
  },
);
