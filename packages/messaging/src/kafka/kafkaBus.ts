import { Kafka, Partitioners, type Admin, type ConsumerConfig, type Producer } from 'kafkajs';
import { BusClosedError } from '../errors';
import { validatePublish, validateSubscribe, validateTopics } from '../handling';
import type { Bus, OutgoingMessage, SubscribeOptions, Subscription, TopicSpec } from '../port';
import { busErrorOf } from './busErrorOf';
import { KafkaSubscription } from './kafkaSubscription';
import { lazily, type Lazy } from './lazy';
import { busLogger, type BusLogger } from './logging';
import type { KafkaBusOptions } from './options';
import { Publisher } from './publisher';
import { retryWithin } from './retry';
import { TopicRegistry } from './topics';

const DEFAULT_RETRY_BUDGET_MS = 90_000;

/**
 * The Bus on Kafka through kafkajs. Publishing goes through one idempotent producer (acks=-1, one
 * request in flight: the broker drops a retried duplicate and keeps a key's order); each
 * subscription is its own kafkajs consumer with manual commits after each handled batch.
 */
export class KafkaBus implements Bus {
  readonly #kafka: Kafka;
  readonly #options: KafkaBusOptions;
  readonly #logger: BusLogger;
  readonly #admin: Lazy<Admin>;
  #producer: Lazy<Producer>;
  readonly #topics: TopicRegistry;
  readonly #publisher: Publisher;
  readonly #subscriptions = new Set<KafkaSubscription>();
  #closed = false;

  constructor(options: KafkaBusOptions) {
    this.#options = options;
    this.#logger = busLogger(options);
    const retry = retryWithin(options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS);
    this.#kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: this.#logger.kafkajsLevel,
      logCreator: this.#logger.logCreator,
      retry,
      connectionTimeout: 3000,
    });
    this.#admin = lazily(async () => {
      const admin = this.#kafka.admin({ retry });
      await admin.connect();
      return admin;
    });
    this.#producer = this.#newProducer();
    this.#topics = new TopicRegistry(() => this.#admin.get());
    this.#publisher = new Publisher(this.#topics);
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    this.#assertOpen('publish');
    validatePublish(topic, messages);
    const producer = this.#producer;
    try {
      await this.#publisher.publish(() => producer.get(), topic, messages);
    } catch (error) {
      // A send given up on may still have been written: a new producer (a new producer id) keeps
      // the broker from taking the next send's sequence numbers for a duplicate and dropping it.
      this.#replaceProducer(producer);
      throw busErrorOf(error, { operation: `publish to ${topic}`, brokers: this.#options.brokers, topic });
    }
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    this.#assertOpen('subscribe');
    validateSubscribe(options);
    const topics = [...new Set(options.topics)];
    try {
      await this.#topics.assertExist(topics);
    } catch (error) {
      throw busErrorOf(error, { operation: 'subscribe', brokers: this.#options.brokers, topic: topics[0] });
    }
    const subscription = new KafkaSubscription(
      this.#kafka,
      { ...options, topics },
      this.#consumerConfig(options),
      this.#logger,
    );
    try {
      await subscription.start();
    } catch (error) {
      await subscription.stop().catch(() => undefined);
      throw busErrorOf(error, {
        operation: `subscribe group ${options.groupId}`,
        brokers: this.#options.brokers,
      });
    }
    this.#subscriptions.add(subscription);
    return {
      pause: () => subscription.pause(),
      resume: () => subscription.resume(),
      assignment: () => subscription.assignment(),
      stop: () => subscription.stop().finally(() => this.#subscriptions.delete(subscription)),
    };
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    this.#assertOpen('ensure topics');
    validateTopics(topics);
    try {
      await this.#topics.ensure(topics);
    } catch (error) {
      throw busErrorOf(error, { operation: 'ensure topics', brokers: this.#options.brokers });
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    await Promise.all([this.#disconnect(this.#producer.started()), this.#disconnect(this.#admin.started())]);
  }

  #consumerConfig(options: SubscribeOptions): ConsumerConfig {
    return {
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      heartbeatInterval: this.#options.heartbeatIntervalMs ?? 3000,
      sessionTimeout: this.#options.sessionTimeoutMs ?? 30_000,
      maxBytesPerPartition: this.#options.maxBytesPerPartition ?? 1_048_576,
      maxWaitTimeInMs: 1000,
      retry: {
        ...retryWithin(this.#options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS),
        restartOnFailure: () => Promise.resolve(true),
      },
    };
  }

  #newProducer(): Lazy<Producer> {
    return lazily(async () => {
      const producer = this.#kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: retryWithin(this.#options.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS),
      });
      await producer.connect();
      return producer;
    });
  }

  #replaceProducer(failed: Lazy<Producer>): void {
    if (this.#producer !== failed) return;
    this.#producer = this.#newProducer();
    void this.#disconnect(failed.started());
  }

  async #disconnect(client: Promise<Producer | Admin> | undefined): Promise<void> {
    const connected = await client?.catch(() => undefined);
    await connected?.disconnect().catch(() => undefined);
  }

  #assertOpen(operation: string): void {
    if (this.#closed) throw new BusClosedError(operation);
  }
}

export const createKafkaBus = (options: KafkaBusOptions): Bus => new KafkaBus(options);
