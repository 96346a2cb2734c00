import { describe, expect, it } from 'vitest';
import { kafkaBrokersForTests, runBusContract } from '../contract';
import { eventually, indexOf, numbered, recorder, sleep, uniqueName } from '../contract/fixtures';
import { isBusUnavailableError } from '../errors';
import type { Bus, BusMessage } from '../port';
import { localKafkaBroker } from '../testing';
import { createKafkaBus } from './kafkaBus';

const brokers = await kafkaBrokersForTests('Kafka bus infra tests');

const bus = (overrides: Partial<Parameters<typeof createKafkaBus>[0]> = {}) =>
  createKafkaBus({
    brokers: brokers!,
    clientId: uniqueName('client'),
    heartbeatIntervalMs: 500,
    ...overrides,
  });

if (brokers !== undefined) {
  runBusContract('Kafka', { create: () => Promise.resolve(bus()), timeoutMs: 60_000, quietMs: 2000 });
}

/** Subscribes a new group from the start of `topic`; `handled` fills as batches are handled. */
const consumeFromStart = async (kafka: Bus, topic: string) => {
  const { handled, handleBatch } = recorder();
  await kafka.subscribe({ groupId: uniqueName('group'), topics: [topic], fromBeginning: true, handleBatch });
  return handled;
};

/** The first delivery of each message, per key, must come in publish order; redeliveries may repeat. */
const expectKeyOrder = (handled: BusMessage[]) => {
  const seen = new Set<number>();
  const lastOfKey = new Map<string | null, number>();
  for (const message of handled) {
    const index = indexOf(message);
    if (seen.has(index)) continue;
    seen.add(index);
    expect(index, `order of ${message.key}`).toBeGreaterThan(lastOfKey.get(message.key) ?? -1);
    lastOfKey.set(message.key, index);
  }
};

describe.runIf(brokers !== undefined)('Kafka bus', () => {
  it('cuts a publish larger than the broker takes in one request into several, in order', async () => {
    const kafka = bus();
    const topic = uniqueName('topic');
    await kafka.ensureTopics([{ topic, partitions: 2 }]);
    const padding = 'x'.repeat(2000);
    const messages = numbered(6000, (index) => `k${index % 3}`).map((message) => ({
      ...message,
      headers: { padding },
    }));
    await kafka.publish(topic, messages);
    const handled = await consumeFromStart(kafka, topic);
    await eventually(() => handled.length >= 6000, 60_000, '6000 messages');
    expect(handled).toHaveLength(6000);
    expectKeyOrder(handled);
    await kafka.close();
  });

  it('fails with BUS_UNAVAILABLE, saying where it looked, when no broker answers', async () => {
    const nowhere = createKafkaBus({
      brokers: ['127.0.0.1:1'],
      clientId: 'nowhere',
      retryBudgetMs: 500,
      logLevel: 'nothing',
    });
    const error = await nowhere
      .ensureTopics([{ topic: 't', partitions: 1 }])
      .catch((reason: unknown) => reason);
    expect(isBusUnavailableError(error), String(error)).toBe(true);
    expect((error as Error).message).toContain('127.0.0.1:1');
    const published = await nowhere.publish('t', numbered(1)).catch((reason: unknown) => reason);
    expect(isBusUnavailableError(published), String(published)).toBe(true);
    await nowhere.close();
  });

  it('loses nothing when the broker restarts while 5000 messages are published and consumed', async () => {
    const [host, port] = brokers![0]!.split(':');
    const broker = localKafkaBroker({ host, port: Number(port) });
    if (!(await broker.isRunning())) {
      console.warn(`broker restart test SKIPPED: ${brokers![0]} is not a broker scripts/infra/kafka.sh runs`);
      return;
    }
    const kafka = bus({ logLevel: 'nothing' });
    const topic = uniqueName('topic');
    await kafka.ensureTopics([{ topic, partitions: 4 }]);
    const handled = await consumeFromStart(kafka, topic);
    const publishBatches = async (from: number, to: number) => {
      for (let batch = from; batch < to; batch++)
        await kafka.publish(
          topic,
          numbered(100, (index) => `tenant-${index % 20}`, batch * 100),
        );
    };
    await publishBatches(0, 10);
    await eventually(() => handled.length > 0, 60_000, 'the first messages');
    await broker.stop();
    let published = false;
    const duringOutage = publishBatches(10, 30).then(() => (published = true));
    await sleep(2000);
    expect(published, 'a publish cannot be acknowledged while the broker is down').toBe(false);
    await broker.start();
    await duringOutage;
    await publishBatches(30, 50);
    const distinct = () => new Set(handled.map(indexOf)).size;
    await eventually(() => distinct() === 5000, 180_000, 'all 5000 messages after the restart');
    expectKeyOrder(handled);
    console.info(`broker restart: 5000 messages, ${handled.length - 5000} redelivered`);
    await kafka.close();
  });
});
