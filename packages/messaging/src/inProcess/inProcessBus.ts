import { BusClosedError, InvalidBusRequestError, TopicNotFoundError } from '../errors';
import { attempt, toBuffer, validatePublish, validateSubscribe, validateTopics } from '../handling';
import { partitionOfKey } from '../partitioning';
import type { Bus, BusMessage, OutgoingMessage, SubscribeOptions, Subscription, TopicSpec } from '../port';
import { InProcessGroup } from './inProcessGroup';
import { Member } from './member';

export interface InProcessBusOptions {
  /** Topics that exist from the start; a bare name gets `partitions` partitions. */
  topics?: (TopicSpec | string)[];
  /** Partitions of a topic named without a count in `topics`. Default 4. */
  partitions?: number;
  /** Most messages handed to one `handleBatch` call. Default 500. */
  maxBatchSize?: number;
}

interface TopicLog {
  partitions: BusMessage[][];
  nextUnkeyed: number;
}

/**
 * The bus in one process's memory, with the semantics of the Kafka adapter: partitions chosen by key
 * hash, offsets per group committed after each handled batch, redelivery after a throw. Nothing
 * survives the process, and every message published stays in memory until the bus is dropped.
 */
export class InProcessBus implements Bus {
  readonly #topics = new Map<string, TopicLog>();
  readonly #groups = new Map<string, InProcessGroup>();
  readonly #subscriptions = new Set<Subscription>();
  readonly #maxBatchSize: number;
  #nextMemberId = 1;
  #closed = false;

  constructor(options: InProcessBusOptions = {}) {
    this.#maxBatchSize = options.maxBatchSize ?? 500;
    if (!Number.isInteger(this.#maxBatchSize) || this.#maxBatchSize < 1)
      throw new InvalidBusRequestError('createInProcessBus', 'maxBatchSize must be a whole number >= 1');
    const partitions = options.partitions ?? 4;
    const specs = (options.topics ?? []).map((spec) =>
      typeof spec === 'string' ? { topic: spec, partitions } : spec,
    );
    validateTopics(specs);
    this.#create(specs);
  }

  ensureTopics(topics: TopicSpec[]): Promise<void> {
    return attempt(() => {
      this.#assertOpen('ensure topics');
      validateTopics(topics);
      this.#create(topics);
    });
  }

  publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    return attempt(() => this.#append(topic, messages));
  }

  subscribe(options: SubscribeOptions): Promise<Subscription> {
    return attempt(() => this.#subscribe(options));
  }

  #append(topic: string, messages: OutgoingMessage[]): void {
    this.#assertOpen('publish');
    validatePublish(topic, messages);
    const log = this.#logOf(topic);
    const timestamp = Date.now();
    for (const message of messages) {
      const partition =
        message.key === null
          ? log.nextUnkeyed++ % log.partitions.length
          : partitionOfKey(message.key, log.partitions.length);
      const messagesOfPartition = log.partitions[partition]!;
      messagesOfPartition.push({
        topic,
        partition,
        offset: String(messagesOfPartition.length),
        key: message.key,
        value: toBuffer(message.value),
        headers: { ...message.headers },
        timestamp,
      });
    }
    for (const group of this.#groups.values()) group.notify();
  }

  #subscribe(options: SubscribeOptions): Subscription {
    this.#assertOpen('subscribe');
    validateSubscribe(options);
    for (const topic of options.topics) this.#logOf(topic);
    const group = this.#groupOf(options.groupId);
    const member = new Member(this.#nextMemberId++, { ...options, topics: [...new Set(options.topics)] });
    group.join(member);
    let stopped: Promise<void> | undefined;
    const subscription: Subscription = {
      pause: () => {
        member.paused = true;
      },
      resume: () => {
        member.paused = false;
        group.notify();
      },
      stop: () => {
        stopped ??= group.leave(member).then(() => void this.#subscriptions.delete(subscription));
        return stopped;
      },
      assignment: () => group.assignmentOf(member),
    };
    this.#subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    for (const group of this.#groups.values()) group.close();
  }

  #create(topics: TopicSpec[]): void {
    for (const { topic, partitions } of topics) {
      if (this.#topics.has(topic)) continue;
      this.#topics.set(topic, { partitions: Array.from({ length: partitions }, () => []), nextUnkeyed: 0 });
    }
  }

  #logOf(topic: string): TopicLog {
    const log = this.#topics.get(topic);
    if (log === undefined) throw new TopicNotFoundError(topic);
    return log;
  }

  #groupOf(groupId: string): InProcessGroup {
    let group = this.#groups.get(groupId);
    if (group === undefined) {
      group = new InProcessGroup(
        groupId,
        { partitionsOf: (topic) => this.#logOf(topic).partitions },
        this.#maxBatchSize,
      );
      this.#groups.set(groupId, group);
    }
    return group;
  }

  #assertOpen(operation: string): void {
    if (this.#closed) throw new BusClosedError(operation);
  }
}

/** The embedded bus: for the one-process platform and for tests. */
export const createInProcessBus = (options: InProcessBusOptions = {}): Bus => new InProcessBus(options);
