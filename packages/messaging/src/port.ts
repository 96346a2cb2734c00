/**
 * The Bus port: topics split into partitions, consumed by groups, at least once. Every adapter
 * (in-process, Kafka) implements this and passes the contract suite in `./contract`.
 *
 * Guarantees every adapter keeps:
 * - messages with the same key land in the same partition, and a partition is handled in order;
 * - the partitions of a topic are shared among the subscriptions of one group, each partition
 *   handled by one subscription at a time;
 * - a group's position in a partition (its committed offset) moves only after `handleBatch`
 *   resolved for that batch: a handler that throws gets the batch again (after a backoff), and a
 *   process that dies resumes, in its next subscription of the same group, after the last batch
 *   handled. Handlers must therefore be idempotent (at-least-once delivery).
 */

export interface BusMessage {
  topic: string;
  partition: number;
  /** Position within the partition, as a decimal string (Kafka offsets are 64-bit). */
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  /** Milliseconds since the epoch, set when the message was published. */
  timestamp: number;
}

export interface OutgoingMessage {
  /** Messages with the same key go to the same partition; `null` spreads them. */
  key: string | null;
  /** A string is sent as UTF-8. */
  value: Buffer | string;
  headers?: Record<string, string>;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
}

export interface BatchControl {
  topic: string;
  partition: number;
  /** Keeps the subscription's membership alive during long work (Kafka: the group heartbeat). */
  heartbeat(): Promise<void>;
  /** The partition's end (the offset the next message published will get) when the batch was fetched, if the adapter knows it: for lag. */
  highWatermark?: string;
}

export interface RedeliveryOptions {
  /** Delay before the first redelivery of a batch whose handler threw. Default 100 ms. */
  initialDelayMs?: number;
  /** The delay doubles on each further failure up to this. Default 5000 ms. */
  maxDelayMs?: number;
}

export interface HandlerFailure {
  error: unknown;
  topic: string;
  partition: number;
  /** Offset of the first message of the batch that will be delivered again. */
  firstOffset: string;
  /** 1 for the first failure of this batch. */
  attempt: number;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  /** Where a group with no committed offset starts: the oldest message (true) or the next one published. */
  fromBeginning?: boolean;
  /** Handles one partition's batch; the batch is committed when this resolves. */
  handleBatch(batch: BusMessage[], control: BatchControl): Promise<void>;
  /** Partitions handled at the same time by this subscription. Default 1. */
  concurrency?: number;
  redelivery?: RedeliveryOptions;
  /** Told of every failed batch before its redelivery (the batch is never skipped). */
  onHandlerError?(failure: HandlerFailure): void;
}

export interface PartitionAssignment {
  topic: string;
  partitions: number[];
}

export interface Subscription {
  /** Stops fetching new batches; the batch in flight completes and is committed. */
  pause(): void;
  resume(): void;
  /** Waits for the batches in flight, commits them, and leaves the group. Idempotent. */
  stop(): Promise<void>;
  /** The partitions this subscription holds now (empty until it joined its group). */
  assignment(): PartitionAssignment[];
}

export interface Bus {
  /**
   * Resolves once every message is durably accepted (Kafka: acknowledged by all in-sync replicas).
   * The topic must exist (`ensureTopics`); otherwise `BUS_TOPIC_NOT_FOUND`.
   */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /** Resolves once the subscription is registered; it joins its group and starts consuming in the background. */
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Creates the topics that do not exist; existing topics are left as they are. */
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Stops every subscription (as `stop()` does) and releases connections. */
  close(): Promise<void>;
}
