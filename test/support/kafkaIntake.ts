import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IntakeEnvelope, IntakeOutcome } from '@gongkai/ingest';
import { encodeIntakeMessage } from '@gongkai/ingest';
import type { Bus } from '@gongkai/messaging';
import { createKafkaBus } from '@gongkai/messaging';
import { temporaryDirectory } from '@gongkai/testkit';
import type { TestPlatform } from './platform';
import { startTestPlatform } from './platform';
import { readTopic } from './topicReader';
import type { TopicReader } from './topicReader';

/** A tenant system allowed to send to the intake: its id, name, tenants and signing key. */
export interface IntakeSource {
  id: string;
  name: string;
  tenants: readonly string[];
  key: string;
}

/** The platform with its intake on a real broker, a source that may send to it, and its outcomes read. */
export interface KafkaIntake {
  platform: TestPlatform;
  kafka: Bus;
  outcomes: TopicReader;
  /** Signs the envelopes with the source's key and produces them to the intake topic. */
  send(...envelopes: IntakeEnvelope[]): Promise<void>;
  /** Waits for `count` outcomes of this message id (redeliveries answer again). */
  outcomesOf(messageId: string, count?: number): Promise<IntakeOutcome[]>;
  close(): Promise<void>;
}

export const startKafkaIntake = async (options: {
  brokers: readonly string[];
  /** `intakeTopics(prefix)`: a prefix of this suite's own. */
  topics: { intake: string; outcomes: string };
  source: IntakeSource;
  seed: boolean;
  partitions: number;
  clientId: string;
}): Promise<KafkaIntake> => {
  const { topics, source } = options;
  const folder = temporaryDirectory('gongkai-intake-');
  const sourcesFile = join(folder.path, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: [{ id: source.id, name: source.name, tenants: source.tenants, keys: [source.key] }],
    }),
  );
  const platform = await startTestPlatform({
    seed: options.seed,
    env: {
      KAFKA_BROKERS: options.brokers.join(','),
      GONGKAI_TOPIC_PREFIX: topics.intake.slice(0, topics.intake.indexOf('gongkai.')),
      GONGKAI_SOURCES_FILE: sourcesFile,
      GONGKAI_INTAKE_PARTITIONS: String(options.partitions),
      GONGKAI_INTAKE_TIMEOUT_MS: '20000',
    },
  });
  const kafka = createKafkaBus({ brokers: [...options.brokers], clientId: options.clientId });
  const outcomes = await readTopic(kafka, topics.outcomes);
  return {
    platform,
    kafka,
    outcomes,
    send: (...envelopes) =>
      kafka.publish(
        topics.intake,
        envelopes.map((envelope) => encodeIntakeMessage(envelope, source.key)),
      ),
    outcomesOf: async (messageId, count = 1) => {
      const mine = () => outcomes.json<IntakeOutcome>().filter((outcome) => outcome.messageId === messageId);
      await outcomes.until(() => mine().length >= count);
      return mine();
    },
    close: async () => {
      await outcomes.stop();
      await kafka.close();
      await platform.close();
      folder.remove();
    },
  };
};
