/**
 * How fast the Kafka bus publishes and consumes, to know the ceiling (a probe, not a test):
 *   KAFKA_BROKERS=127.0.0.1:9092 pnpm exec tsx packages/messaging/scripts/throughput.ts [--help]
 * Publishes N messages of ~SIZE bytes keyed by tenant over P partitions, then consumes them in
 * batches as a new group, and prints messages/s for both.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createKafkaBus, kafkaBrokersFrom, type Bus } from '../src';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '200000' },
    size: { type: 'string', default: '500' },
    partitions: { type: 'string', default: '8' },
    batch: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: tsx packages/messaging/scripts/throughput.ts [options]
  --messages N     messages to publish and consume (default 200000)
  --size BYTES     value size (default 500)
  --partitions P   partitions of the probe topic (default 8)
  --batch N        messages per publish call (default 5000)
  --concurrency C  partitions a subscription handles at once (default 1)
Broker: KAFKA_BROKERS (default 127.0.0.1:9092). The topic is new each run (throughput-<uuid>).`);
  process.exit(0);
}

const count = Number(values.messages);
const size = Number(values.size);
const partitions = Number(values.partitions);
const batchSize = Number(values.batch);
const concurrency = Number(values.concurrency);
const brokers = kafkaBrokersFrom() ?? ['127.0.0.1:9092'];

/** 150 tenants (county codes), a JSON-ish value padded to `size` bytes. */
const messageOf = (index: number) => {
  const tenant = String(230100 + (index % 150));
  const body = JSON.stringify({ tenant, index, type: 'DisclosurePublished', at: '2018-05-14T09:30:00Z' });
  return { key: tenant, value: Buffer.from(body.padEnd(size, ' ')) };
};

const rate = (messages: number, ms: number) =>
  `${Math.round((messages / ms) * 1000).toLocaleString('en')} msgs/s, ` +
  `${((messages * size) / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s`;

const progress = (label: string, done: number) => {
  process.stderr.write(`\r${label}: ${done.toLocaleString('en')} / ${count.toLocaleString('en')}`);
  if (done >= count) process.stderr.write('\n');
};

const publishAll = async (bus: Bus, topic: string) => {
  const started = performance.now();
  for (let from = 0; from < count; from += batchSize) {
    const messages = Array.from({ length: Math.min(batchSize, count - from) }, (_, i) => messageOf(from + i));
    await bus.publish(topic, messages);
    progress('publish', from + messages.length);
  }
  return performance.now() - started;
};

const consumeAll = async (bus: Bus, topic: string) => {
  let received = 0;
  let batches = 0;
  let first = 0;
  const started = performance.now();
  let done = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const subscription = await bus.subscribe({
    groupId: `throughput-${randomUUID()}`,
    topics: [topic],
    fromBeginning: true,
    concurrency,
    handleBatch: (batch) => {
      if (received === 0) first = performance.now();
      received += batch.length;
      batches++;
      if (batches % 20 === 0 || received >= count) progress('consume', received);
      if (received >= count) done();
      return Promise.resolve();
    },
  });
  await finished;
  const ended = performance.now();
  await subscription.stop();
  return { total: ended - started, sinceFirst: ended - first, batches };
};

const main = async () => {
  const bus = createKafkaBus({ brokers, clientId: 'throughput-probe' });
  const topic = `throughput-${randomUUID().slice(0, 8)}`;
  await bus.ensureTopics([{ topic, partitions }]);
  console.log(
    `${count.toLocaleString('en')} messages of ${size} bytes, 150 tenant keys, ${partitions} partitions, ` +
      `${batchSize} per publish, consumer concurrency ${concurrency}, broker ${brokers.join(',')}`,
  );
  const publishMs = await publishAll(bus, topic);
  console.log(
    `publish: ${rate(count, publishMs)} (${(publishMs / 1000).toFixed(1)} s, acks=all, idempotent)`,
  );
  const consumed = await consumeAll(bus, topic);
  console.log(
    `consume: ${rate(count, consumed.sinceFirst)} from the first message (${rate(count, consumed.total)} ` +
      `including the group join), ${consumed.batches} batches, committed after each`,
  );
  await bus.close();
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
