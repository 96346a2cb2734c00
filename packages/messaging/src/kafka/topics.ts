import type { Admin } from 'kafkajs';
import { TopicNotFoundError } from '../errors';
import type { TopicSpec } from '../port';

/** The partition count of each topic this bus used, read from the broker once. */
export class TopicRegistry {
  readonly #partitions = new Map<string, number>();

  constructor(private readonly admin: () => Promise<Admin>) {}

  async partitionsOf(topic: string): Promise<number> {
    const known = this.#partitions.get(topic);
    if (known !== undefined) return known;
    await this.assertExist([topic]);
    const admin = await this.admin();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    const count = metadata.topics[0]?.partitions.length ?? 0;
    if (count === 0) throw new TopicNotFoundError(topic);
    this.#partitions.set(topic, count);
    return count;
  }

  /** Listing first: asking for an unknown topic's metadata would retry for the whole retry budget. */
  async assertExist(topics: string[]): Promise<void> {
    const unknown = topics.filter((topic) => !this.#partitions.has(topic));
    if (unknown.length === 0) return;
    const existing = new Set(await (await this.admin()).listTopics());
    const missing = unknown.find((topic) => !existing.has(topic));
    if (missing !== undefined) throw new TopicNotFoundError(missing);
  }

  async ensure(topics: TopicSpec[]): Promise<void> {
    const admin = await this.admin();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter(({ topic }) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map(({ topic, partitions }) => ({
          topic,
          numPartitions: partitions,
          replicationFactor: -1,
        })),
      });
    }
  }
}
