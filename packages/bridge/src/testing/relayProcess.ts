// Child process of relay.infra.spec.ts: the relay from a SQLite store to Kafka, until SIGTERM
// (stops cleanly) or SIGKILL (the crash under test). Prints {"position":n} after every page.
import { openSqliteEventStore } from '@gongkai/event-store';
import { createKafkaBus, kafkaBrokersFrom } from '@gongkai/messaging';
import type { Bus } from '@gongkai/messaging';
import { createRelay, openSqliteCheckpoint } from '../relay';

const [eventsFile, checkpointFile, topic] = process.argv.slice(2);
const brokers = kafkaBrokersFrom();
if (
  eventsFile === undefined ||
  checkpointFile === undefined ||
  topic === undefined ||
  brokers === undefined
) {
  throw new Error('usage: KAFKA_BROKERS=host:port relayProcess <events.sqlite> <checkpoint.sqlite> <topic>');
}
// A pause before each publish keeps the run long enough for the test to kill it mid-way.
const publishDelayMs = Number(process.env.RELAY_PUBLISH_DELAY_MS ?? 0);
const pageSize = Number(process.env.RELAY_PAGE_SIZE ?? 1000);

const eventStore = openSqliteEventStore({ fileName: eventsFile });
const kafka = createKafkaBus({ brokers, clientId: 'gongkai-bridge-relay-infra-test' });
const bus: Pick<Bus, 'publish'> = {
  publish: async (to, messages) => {
    await new Promise((resolve) => setTimeout(resolve, publishDelayMs));
    await kafka.publish(to, messages);
  },
};
const checkpoint = openSqliteCheckpoint({ fileName: checkpointFile });
const relay = createRelay({
  eventStore,
  bus,
  checkpoint,
  topic,
  pageSize,
  onPage: (page) => process.stdout.write(`${JSON.stringify({ position: page.position })}\n`),
  onError: (error) => process.stderr.write(`relay: ${String(error)}\n`),
});

process.once('SIGTERM', () => {
  void (async () => {
    await relay.stop();
    await kafka.close();
    await checkpoint.close();
    await eventStore.close();
    process.exit(0);
  })();
});

await relay.start();
