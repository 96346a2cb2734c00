import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kafka, logLevel } from 'kafkajs';
import type { IntakeEnvelope, IntakeOutcome, IntakeTopics } from '@gongkai/ingest';
import { encodeIntakeMessage, intakeTopics, intakeTopicSpecs } from '@gongkai/ingest';
import type { Bus } from '@gongkai/messaging';
import { readTopic } from './topicReader';
import type { TopicReader } from './topicReader';

/** A load source for a whole province, registered through a sources file, on topics of its own. */
export interface IntakeRun {
  readonly source: { id: string; key: string };
  readonly topics: IntakeTopics;
  readonly env: Record<string, string>;
  publish(envelopes: readonly IntakeEnvelope[], chunk?: number): Promise<void>;
  /** Reads the outcome topic; `waitForAll` resolves once every id has an outcome. */
  outcomes(): Promise<OutcomeWatch>;
}

export interface OutcomeWatch {
  readonly reader: TopicReader;
  /** The first outcome of each message id. */
  byMessage(): Map<string, IntakeOutcome>;
  waitForAll(messageIds: readonly string[], timeoutMs: number): Promise<Map<string, IntakeOutcome>>;
}

export const prepareIntakeRun = async (
  bus: Bus,
  options: {
    brokers: string[];
    dataDir: string;
    province: string;
    partitions: number;
    /** Creates the dead-letter topic with this max.message.bytes first (a broker that refuses dead letters). */
    deadLetterMaxBytes?: number;
  },
): Promise<IntakeRun> => {
  const source = { id: 'load-generator', key: `load-${randomUUID()}-0123456789abcdef` };
  const topics = intakeTopics(`run-${randomUUID().slice(0, 8)}.`);
  if (options.deadLetterMaxBytes !== undefined) {
    const admin = new Kafka({
      clientId: 'intake-run',
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          {
            topic: topics.deadLetters,
            numPartitions: 1,
            configEntries: [{ name: 'max.message.bytes', value: String(options.deadLetterMaxBytes) }],
          },
        ],
      });
    } finally {
      await admin.disconnect();
    }
  }
  await bus.ensureTopics(intakeTopicSpecs(options.partitions, topics));
  const sourcesFile = join(options.dataDir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [{ id: source.id, name: '压测', tenants: [options.province], keys: [source.key] }],
    }),
  );
  return {
    source,
    topics,
    env: {
      KAFKA_BROKERS: options.brokers.join(','),
      GONGKAI_DATA_DIR: options.dataDir,
      GONGKAI_SOURCES_FILE: sourcesFile,
      GONGKAI_TOPIC_PREFIX: topics.intake.slice(0, topics.intake.indexOf('gongkai.')),
      GONGKAI_INTAKE_PARTITIONS: String(options.partitions),
    },
    async publish(envelopes, chunk = 1000) {
      for (let start = 0; start < envelopes.length; start += chunk) {
        await bus.publish(
          topics.intake,
          envelopes.slice(start, start + chunk).map((envelope) => encodeIntakeMessage(envelope, source.key)),
        );
      }
    },
    async outcomes() {
      const reader = await readTopic(bus, topics.outcomes);
      let parsed = 0;
      const first = new Map<string, IntakeOutcome>();
      const byMessage = () => {
        for (; parsed < reader.messages.length; parsed++) {
          const outcome = JSON.parse(reader.messages[parsed]!.value.toString('utf8')) as IntakeOutcome;
          if (!first.has(outcome.messageId)) first.set(outcome.messageId, outcome);
        }
        return first;
      };
      return {
        reader,
        byMessage,
        async waitForAll(messageIds, timeoutMs) {
          await reader.until(() => {
            const seen = byMessage();
            return messageIds.every((id) => seen.has(id));
          }, timeoutMs);
          return byMessage();
        },
      };
    },
  };
};

/** What the event store holds for the load, read straight from its SQLite file. */
export const storedLoad = (dataDir: string) => {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT s.stream_id AS streamId, count(*) AS events, count(DISTINCT e.event_id) AS ids, max(e.revision) AS last
         FROM events e JOIN streams s ON s.stream_key = e.stream_key
         WHERE s.stream_id LIKE 'catalogueItem-%' GROUP BY s.stream_id`,
      )
      .all() as { streamId: string; events: number; ids: number; last: number }[];
    return rows;
  } finally {
    db.close();
  }
};
