import type { Consumer, ConsumerConfig, EachBatchPayload, Kafka } from 'kafkajs';
import { Signal, handleWithRedelivery } from '../handling';
import type { PartitionAssignment, SubscribeOptions, Subscription } from '../port';
import type { BusLogger } from './logging';
import { busMessageOf } from './messages';

const RESTART_DELAYS_MS = [1000, 2000, 5000, 10_000];

/**
 * One kafkajs consumer in a group. Offsets are resolved and committed only after `handleBatch`
 * resolved (autoCommit off); kafkajs fetches from the last resolved offset, so a batch not handled
 * (paused, stopping) comes again. A consumer kafkajs gives up on is built anew until stop().
 */
export class KafkaSubscription implements Subscription {
  #consumer: Consumer | undefined;
  #assignment: PartitionAssignment[] = [];
  #paused = false;
  #stopping = false;
  #stopped: Promise<void> | undefined;
  #inFlight = 0;
  readonly #idle = new Signal();
  #restarts = 0;
  #restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscribeOptions,
    private readonly config: ConsumerConfig,
    private readonly logger: BusLogger,
  ) {}

  async start(): Promise<void> {
    const consumer = this.kafka.consumer(this.config);
    this.#consumer = consumer;
    this.#listen(consumer);
    await consumer.connect();
    await consumer.subscribe({
      topics: this.options.topics,
      fromBeginning: this.options.fromBeginning ?? false,
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.concurrency ?? 1,
      eachBatch: (payload) => this.#eachBatch(payload),
    });
    if (this.#paused) this.#setPaused(true);
    this.#restarts = 0;
  }

  pause(): void {
    this.#setPaused(true);
  }

  resume(): void {
    this.#setPaused(false);
  }

  assignment(): PartitionAssignment[] {
    return this.#assignment.map(({ topic, partitions }) => ({ topic, partitions: [...partitions] }));
  }

  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    this.#pauseConsumer(true);
    while (this.#inFlight > 0) await this.#idle.wait();
    await this.#consumer?.disconnect();
    this.#assignment = [];
  }

  #setPaused(paused: boolean): void {
    this.#paused = paused;
    this.#pauseConsumer(paused);
  }

  /** kafkajs refuses pause/resume before `run()`; the flag is applied when the consumer runs. */
  #pauseConsumer(paused: boolean): void {
    const topics = this.options.topics.map((topic) => ({ topic }));
    try {
      if (paused) this.#consumer?.pause(topics);
      else this.#consumer?.resume(topics);
    } catch {
      // not running yet: start() applies #paused
    }
  }

  async #eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (this.#stopping || this.#paused) {
      if (!this.#stopping) payload.pause();
      return;
    }
    if (batch.messages.length === 0) return;
    this.#inFlight++;
    try {
      const { topic, partition } = batch;
      const messages = batch.messages.map((message) => busMessageOf(topic, partition, message));
      const keepGoing = () => !this.#stopping && payload.isRunning() && !payload.isStale();
      const control = {
        topic,
        partition,
        heartbeat: () => payload.heartbeat(),
        highWatermark: batch.highWatermark,
      };
      if (!(await handleWithRedelivery(messages, control, this.options, keepGoing))) return;
      const last = batch.lastOffset();
      payload.resolveOffset(last);
      const offset = (BigInt(last) + 1n).toString();
      await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
    } finally {
      this.#inFlight--;
      if (this.#inFlight === 0) this.#idle.notify();
    }
  }

  #listen(consumer: Consumer): void {
    const { GROUP_JOIN, REBALANCING, CRASH } = consumer.events;
    consumer.on(GROUP_JOIN, ({ payload }) => {
      this.#assignment = Object.entries(payload.memberAssignment).map(([topic, partitions]) => ({
        topic,
        partitions: [...partitions].sort((a, b) => a - b),
      }));
    });
    consumer.on(REBALANCING, () => {
      this.#assignment = [];
    });
    consumer.on(CRASH, ({ payload }) => {
      this.#assignment = [];
      const { error, restart } = payload;
      this.logger.write('error', 'consumer crashed', {
        groupId: this.options.groupId,
        error: error.message,
        restartedBy: restart ? 'kafkajs' : 'bus',
      });
      if (!restart && !this.#stopping) this.#scheduleRestart();
    });
  }

  /** kafkajs does not restart after an error it deems final: build a new consumer, with backoff. */
  #scheduleRestart(): void {
    const delay = RESTART_DELAYS_MS[Math.min(this.#restarts++, RESTART_DELAYS_MS.length - 1)]!;
    this.#restartTimer = setTimeout(() => {
      if (this.#stopping) return;
      const old = this.#consumer;
      void (old ? old.disconnect().catch(() => undefined) : Promise.resolve())
        .then(() => this.start())
        .catch((error: unknown) => {
          this.logger.write('error', 'consumer restart failed', {
            groupId: this.options.groupId,
            error: error instanceof Error ? error.message : String(error),
          });
          if (!this.#stopping) this.#scheduleRestart();
        });
    }, delay);
  }
}
