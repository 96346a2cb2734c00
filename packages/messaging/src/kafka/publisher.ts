import type { Message, Producer, TopicMessages } from 'kafkajs';
import { partitionOfKey } from '../partitioning';
import type { OutgoingMessage } from '../port';
import { isAboutTheRecords } from './busErrorOf';
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

/** One `publish` call waiting for its send. */
interface Request {
  connect: () => Promise<Producer>;
  topic: string;
  messages: OutgoingMessage[];
  /** The topic's partition count, looked up before the request joins a send. */
  partitions?: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Publishes in as few requests as the size limit allows, one after another, so the order of a key's
 * messages is the order given. Partitions are chosen here (Kafka's murmur2, as kafkajs would), so the
 * size of each partition's share is known before sending.
 *
 * The producer has one request in flight (idempotent, ordered): publishes made while one is in
 * flight wait and then go together, in one produce request, in the order they were made (the
 * ingest's partitions publish their outcomes at the same time: one round trip, not one each). When
 * such a shared send fails for the records of one of them (a message too large, a topic gone), each
 * is sent again alone, so every caller gets the answer for its own messages.
 */
export class Publisher {
  readonly #nextUnkeyed = new Map<string, number>();
  #waiting: Request[] = [];
  #sending = false;

  constructor(private readonly topics: TopicRegistry) {}

  publish(connect: () => Promise<Producer>, topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiting.push({ connect, topic, messages, resolve, reject });
      if (!this.#sending) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#sending = true;
    while (this.#waiting.length > 0) {
      const group: Request[] = [];
      for (const request of this.#waiting.splice(0)) {
        // A topic that does not exist fails its own request only.
        try {
          request.partitions = await this.topics.partitionsOf(request.topic);
          group.push(request);
        } catch (error) {
          request.reject(error);
        }
      }
      if (group.length === 0) continue;
      try {
        await this.#send(group);
        for (const request of group) request.resolve();
      } catch (error) {
        if (group.length === 1 || !isAboutTheRecords(error)) {
          for (const request of group) request.reject(error);
          continue;
        }
        for (const request of group) await this.#send([request]).then(request.resolve, request.reject);
      }
    }
    this.#sending = false;
  }

  /** The requests' messages in their order, in sends of at most MAX_PARTITION_BYTES a partition. */
  async #send(requests: readonly Request[]): Promise<void> {
    // The newest producer: an older request may hold one the bus replaced after a failure.
    const producer = await requests.at(-1)!.connect();
    let chunk = new Map<string, Message[]>();
    const bytes = new Map<string, number>();
    const send = () => producer.sendBatch({ acks: -1, topicMessages: topicMessagesOf(chunk) });
    for (const { topic, messages, partitions } of requests) {
      for (const message of messages) {
        const partition = this.#partitionOf(topic, message.key, partitions!);
        const share = `${topic}\u0000${partition}`;
        const size = sizeOf(message);
        if (chunk.size > 0 && (bytes.get(share) ?? 0) + size > MAX_PARTITION_BYTES) {
          await send();
          chunk = new Map();
          bytes.clear();
        }
        let list = chunk.get(topic);
        if (list === undefined) chunk.set(topic, (list = []));
        list.push({ key: message.key, value: message.value, headers: message.headers, partition });
        bytes.set(share, (bytes.get(share) ?? 0) + size);
      }
    }
    await send();
  }

  #partitionOf(topic: string, key: string | null, partitions: number): number {
    if (key !== null) return partitionOfKey(key, partitions);
    const next = this.#nextUnkeyed.get(topic) ?? 0;
    this.#nextUnkeyed.set(topic, next + 1);
    return next % partitions;
  }
}

const topicMessagesOf = (chunk: ReadonlyMap<string, Message[]>): TopicMessages[] =>
  [...chunk].map(([topic, messages]) => ({ topic, messages }));
