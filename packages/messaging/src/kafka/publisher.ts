import type { Message, Producer } from 'kafkajs';
import { partitionOfKey } from '../partitioning';
import type { OutgoingMessage } from '../port';
import type { TopicRegistry } from './topics';

/**
 * The broker refuses a record batch over message.max.bytes (1 MiB by default), and kafkajs sends
 * one batch per partition per request: cut a publish so no partition's share of a request is over this.
 */
const MAX_PARTITION_BYTES = 900_000;
/** Per-record framing (offset delta, timestamp delta, lengths, attributes), a generous estimate. */
const RECORD_OVERHEAD = 32;

const sizeOf = (message: OutgoingMessage): number => {
  let size =
    RECORD_OVERHEAD + Buffer.byteLength(message.value) + (message.key ? Buffer.byteLength(message.key) : 0);
  for (const [name, value] of Object.entries(message.headers ?? {}))
    size += Buffer.byteLength(name) + Buffer.byteLength(value) + 8;
  return size;
};

/**
 * Publishes in as few requests as the size limit allows, one after another, so the order of a key's
 * messages is the order given. Partitions are chosen here (Kafka's murmur2, as kafkajs would), so the
 * size of each partition's share is known before sending.
 */
export class Publisher {
  readonly #nextUnkeyed = new Map<string, number>();

  constructor(private readonly topics: TopicRegistry) {}

  async publish(connect: () => Promise<Producer>, topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const partitions = await this.topics.partitionsOf(topic);
    const producer = await connect();
    let chunk: Message[] = [];
    const bytes = new Map<number, number>();
    for (const message of messages) {
      const partition = this.#partitionOf(topic, message.key, partitions);
      const size = sizeOf(message);
      if (chunk.length > 0 && (bytes.get(partition) ?? 0) + size > MAX_PARTITION_BYTES) {
        await producer.send({ topic, acks: -1, messages: chunk });
        chunk = [];
        bytes.clear();
      }
      chunk.push({ key: message.key, value: message.value, headers: message.headers, partition });
      bytes.set(partition, (bytes.get(partition) ?? 0) + size);
    }
    await producer.send({ topic, acks: -1, messages: chunk });
  }

  #partitionOf(topic: string, key: string | null, partitions: number): number {
    if (key !== null) return partitionOfKey(key, partitions);
    const next = this.#nextUnkeyed.get(topic) ?? 0;
    this.#nextUnkeyed.set(topic, next + 1);
    return next % partitions;
  }
}
