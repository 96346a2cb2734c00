import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import type {
  AppendManyOptions,
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoredOutcomeRecord,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../port';
import { KurrentAppender } from './appender';
import { KurrentOutcomes } from './outcomes';
import { prepareAppend, prepareAppendMany } from './prepare';
import { KurrentReader } from './reader';
import { streamNames, type StreamNames } from './streamNames';
import { subscribeToAll } from './subscription';

export interface KurrentDbEventStoreOptions {
  /** e.g. `kurrentdb://127.0.0.1:2113?tls=false` (the client's connection string). */
  connectionString: string;
  /**
   * Prefix of every stream name on the server, so that several stores share one KurrentDB (each test
   * its own, or several environments). Reads and subscriptions see only their namespace. Default ''.
   */
  namespace?: string;
}

/**
 * The EventStore port on KurrentDB (client 1.3, server 24.x/25.x). See the package README for what
 * each method does on the server, the position mapping and the atomicity of `appendMany`.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly names: StreamNames;
  private readonly reader: KurrentReader;
  private readonly appender: KurrentAppender;
  private readonly outcomes: KurrentOutcomes;
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly client: KurrentDBClient,
    namespace = '',
  ) {
    this.names = streamNames(namespace);
    this.reader = new KurrentReader(client, this.names);
    this.appender = new KurrentAppender(client, this.reader);
    this.outcomes = new KurrentOutcomes(client, namespace);
  }

  async append(
    streamId: string,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    return this.appender.append(
      prepareAppend(this.names, streamId, events, options.expectedRevision ?? 'any'),
    );
  }

  /**
   * Part after part, each one a KurrentDB append (atomic for its stream), in order. Not atomic across
   * streams: when a part fails, the parts before it stay appended, as the port allows; a repeat of the
   * call is answered by the stored parts' first results. Every part is validated before the first is sent.
   * Outcome records follow the events (see outcomes.ts).
   */
  async appendMany(appends: readonly StreamAppend[], options?: AppendManyOptions): Promise<AppendResult[]> {
    const parts = prepareAppendMany(this.names, appends);
    const results: AppendResult[] = [];
    for (const part of parts) results.push(await this.appender.append(part));
    if (options?.outcomes?.length) await this.outcomes.record(options.outcomes);
    return results;
  }

  readOutcomes(keys: readonly string[]): Promise<Map<string, StoredOutcomeRecord>> {
    return this.outcomes.read(keys);
  }

  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.reader.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.reader.readAll(options);
  }

  subscribeToAll(
    handler: (event: RecordedEvent) => Promise<void> | void,
    options?: SubscribeOptions,
  ): Subscription {
    const subscription = subscribeToAll(this.client, this.names, this.reader, handler, options);
    this.subscriptions.add(subscription);
    void subscription.done.then(
      () => this.subscriptions.delete(subscription),
      () => this.subscriptions.delete(subscription),
    );
    return subscription;
  }

  headPosition(): Promise<number> {
    return this.reader.headPosition();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }
}

/** A store on the KurrentDB the connection string names; the client connects on first use. */
export const createKurrentDbEventStore = (options: KurrentDbEventStoreOptions): KurrentDbEventStore =>
  new KurrentDbEventStore(KurrentDBClient.connectionString(options.connectionString), options.namespace);
