import type { DomainEvent, TenantDirectory, WorkingDayCalendar } from '@gongkai/domain';
import {
  authorize,
  decideCommand,
  decideParsedCommand,
  isDomainError,
  routeCommand,
  streamIdForIntakeRejections,
} from '@gongkai/domain';
import type { AppendResult, EventStore, EventToAppend } from '@gongkai/event-store';
import { isStreamRevisionConflictError } from '@gongkai/event-store';
import type { CommandEnvelope } from './commandHandler';
import { eventToAppend } from './commandHandler';
import { eventIdFor } from './deterministicId';
import { CommandRetriesExhaustedError } from './errors';
import type { CachedStream, StoredAt } from './streamCache';
import { loadStream, StreamCache } from './streamCache';

/** A command with the source system that sent it (recorded with a rejection). */
export interface SourcedCommand {
  envelope: CommandEnvelope;
  source: string;
  /** The command is `parseCommand`'s output (the intake parsed it): not validated again. */
  parsed?: boolean;
}

export type BatchOutcome =
  | {
      status: 'accepted';
      streamId: string;
      /** The stream's revision after the message (-1: the stream is still empty). */
      revision: number;
      /** A global position at or after the message's last event: a read model there shows it. */
      position: number;
      eventIds: string[];
      /** The message had been stored before; nothing new was appended. */
      duplicate: boolean;
    }
  | { status: 'rejected'; code: string; reason: string; duplicate: boolean };

export interface BatchCommandHandlerOptions {
  eventStore: EventStore;
  directory: TenantDirectory;
  calendar: WorkingDayCalendar;
  /** Streams kept decided in memory between batches (a tenant's active items; the rest is re-read). */
  cachedStreams?: number;
  /** Attempts of a whole batch when another writer moved one of its streams. */
  maxAttempts?: number;
}

interface StagedStream {
  streamId: string;
  events: DomainEvent[];
  ids: Map<string, StoredAt>;
  revision: number;
  position: number;
  /** The revision the stream had when loaded: the batch appends expecting it. */
  loadedRevision: number;
  /** Taken from the cache rather than read now: it may be stale. */
  cached: boolean;
  pending: EventToAppend[];
}

/** The streams one batch reads and writes, staged in memory until one `appendMany` stores them. */
class StagedBatch {
  readonly #streams = new Map<string, StagedStream>();

  constructor(
    private readonly cache: StreamCache,
    private readonly store: EventStore,
  ) {}

  async stream(streamId: string): Promise<StagedStream> {
    const staged = this.#streams.get(streamId);
    if (staged) return staged;
    const fromCache = this.cache.get(streamId);
    const cached = fromCache ?? (await loadStream(this.store, streamId));
    const fresh: StagedStream = {
      cached: fromCache !== undefined,
      streamId,
      // The cached arrays themselves, appended to in place: a batch that fails forgets every stream
      // it touched, so a half-decided state never outlives it.
      events: cached.events,
      ids: cached.ids,
      revision: cached.revision,
      position: cached.position,
      loadedRevision: cached.revision,
      pending: [],
    };
    this.#streams.set(streamId, fresh);
    return fresh;
  }

  /**
   * A decision nothing will append to (a rejection) or only reads (a consulted stream) is not
   * guarded by an expected revision, so what it read from the cache is checked against the store.
   */
  async assertCurrent(streams: readonly StagedStream[]): Promise<void> {
    for (const stream of streams) {
      if (!stream.cached || stream.pending.length > 0) continue;
      let stored = -1;
      for await (const last of this.store.readStream(stream.streamId, {
        direction: 'backwards',
        maxCount: 1,
      }))
        stored = last.revision;
      if (stored !== stream.loadedRevision) throw new StaleStreamError(stream.streamId);
      stream.cached = false;
    }
  }

  stage(stream: StagedStream, envelope: CommandEnvelope, events: readonly DomainEvent[]): string[] {
    const ids = events.map((event, index) => {
      const toAppend = eventToAppend(stream.streamId, envelope, event, index);
      stream.pending.push(toAppend);
      stream.events.push(event);
      stream.revision++;
      // The position is known after the append; until then the stream's current one stands in.
      stream.ids.set(toAppend.eventId, { revision: stream.revision, position: Number.NaN });
      return toAppend.eventId;
    });
    return ids;
  }

  /** Stores every staged event in one call and keeps the streams, as stored, in the cache. */
  async commit(): Promise<Map<string, AppendResult>> {
    const writing = [...this.#streams.values()].filter((stream) => stream.pending.length > 0);
    const results = await this.store.appendMany(
      writing.map((stream) => ({
        streamId: stream.streamId,
        events: stream.pending,
        expectedRevision: stream.loadedRevision < 0 ? ('no-stream' as const) : stream.loadedRevision,
      })),
    );
    const byStream = new Map(results.map((result) => [result.streamId, result]));
    for (const stream of this.#streams.values()) {
      const result = byStream.get(stream.streamId);
      if (result) {
        stream.position = result.position;
        for (const at of stream.ids.values()) if (Number.isNaN(at.position)) at.position = result.position;
      }
      const cached: CachedStream = {
        events: stream.events,
        ids: stream.ids,
        revision: stream.revision,
        position: stream.position,
      };
      this.cache.set(stream.streamId, cached);
    }
    return byStream;
  }

  /** After a conflict: what this batch read may be stale, so the next attempt reads it again. */
  forget(): void {
    for (const streamId of this.#streams.keys()) this.cache.delete(streamId);
  }
}

/** A cached stream turned out to be behind the store: the batch starts again from fresh reads. */
class StaleStreamError extends Error {
  constructor(readonly streamId: string) {
    super(`The cached stream ${streamId} is behind the store`);
    this.name = 'StaleStreamError';
  }
}

type Decided = (appended: Map<string, AppendResult>) => BatchOutcome;

const rejectionOf = (error: unknown): { code: string; reason: string } =>
  isDomainError(error)
    ? { code: error.code, reason: error.message }
    : // The decision is pure; anything else it throws is a defect, answered for this message alone
      // so that one message can never block the ones behind it.
      { code: 'DECISION_FAILED', reason: 'The command could not be decided; report the message id.' };

/**
 * Decides a batch of commands in order, each against the state the ones before it left, and stores
 * the whole batch with one `appendMany`: the ingestor's path, ten times the throughput of a commit
 * per command. Streams stay cached between batches. A redelivered message gets its first outcome
 * again: accepted ones are found by their event ids in their stream, rejected ones by the
 * `CommandRejected` the batch records in the tenant's `intakeRejections` stream.
 */
export class BatchCommandHandler {
  readonly #store: EventStore;
  readonly #directory: TenantDirectory;
  readonly #calendar: WorkingDayCalendar;
  readonly #cache: StreamCache;
  readonly #maxAttempts: number;
  #running: Promise<unknown> = Promise.resolve();

  constructor(options: BatchCommandHandlerOptions) {
    this.#store = options.eventStore;
    this.#directory = options.directory;
    this.#calendar = options.calendar;
    this.#cache = new StreamCache(options.cachedStreams ?? 5_000);
    this.#maxAttempts = options.maxAttempts ?? 3;
  }

  /** One batch at a time: the cache is only coherent when batches do not interleave. */
  handleBatch(commands: readonly SourcedCommand[]): Promise<BatchOutcome[]> {
    const next = this.#running.then(() => this.#handle(commands));
    this.#running = next.catch(() => undefined);
    return next;
  }

  async #handle(commands: readonly SourcedCommand[]): Promise<BatchOutcome[]> {
    for (let attempt = 1; ; attempt++) {
      const batch = new StagedBatch(this.#cache, this.#store);
      try {
        const decided: Decided[] = [];
        for (const command of commands) decided.push(await this.#decide(batch, command));
        const appended = await batch.commit();
        return decided.map((finish) => finish(appended));
      } catch (error) {
        batch.forget();
        if (!isStreamRevisionConflictError(error) && !(error instanceof StaleStreamError)) throw error;
        if (attempt >= this.#maxAttempts) throw new CommandRetriesExhaustedError(error.streamId, attempt);
      }
    }
  }

  async #decide(batch: StagedBatch, { envelope, source, parsed }: SourcedCommand): Promise<Decided> {
    const { command, messageId } = envelope;
    const firstId = eventIdFor(messageId, 0);
    const rejections = await batch.stream(streamIdForIntakeRejections(command.data.tenant));
    if (rejections.ids.has(firstId)) return earlierRejection(rejections, messageId);

    const context = {
      actor: envelope.actor,
      occurredAt: envelope.occurredAt,
      directory: this.#directory,
      calendar: this.#calendar,
    };
    let route: ReturnType<typeof routeCommand>;
    try {
      authorize(command, context);
      route = routeCommand(command);
    } catch (error) {
      // Who may do what depends on the actor and the directory alone, never on the state: the same
      // answer comes again on redelivery without a record (nor a write for someone refused).
      const { code, reason } = rejectionOf(error);
      return () => ({ status: 'rejected', code, reason, duplicate: false });
    }
    const stream = await batch.stream(route.streamId);
    if (stream.ids.has(firstId)) return earlierAcceptance(stream, messageId);

    const consultedStreams = await Promise.all(route.consults.map((streamId) => batch.stream(streamId)));
    const consulted = Object.fromEntries(consultedStreams.map((read) => [read.streamId, read.events]));
    await batch.assertCurrent(consultedStreams);
    let events: DomainEvent[];
    try {
      const decide = parsed === true ? decideParsedCommand : decideCommand;
      events = decide(command, stream.events, { ...context, consulted });
    } catch (error) {
      await batch.assertCurrent([stream]);
      return this.#reject(batch, rejections, { envelope, source }, error);
    }
    const eventIds = batch.stage(stream, envelope, events);
    const revision = stream.revision;
    const known = stream.position;
    return (appended) => ({
      status: 'accepted',
      streamId: stream.streamId,
      revision,
      position: appended.get(stream.streamId)?.position ?? known,
      eventIds,
      duplicate: false,
    });
  }

  #reject(
    batch: StagedBatch,
    rejections: StagedStream,
    { envelope, source }: SourcedCommand,
    error: unknown,
  ): Decided {
    const { code, reason } = rejectionOf(error);
    batch.stage(rejections, envelope, [
      {
        type: 'CommandRejected',
        data: { messageId: envelope.messageId, commandType: envelope.command.type, code, reason, source },
      },
    ]);
    return () => ({ status: 'rejected', code, reason, duplicate: false });
  }
}

const earlierAcceptance = (stream: StagedStream, messageId: string): Decided => {
  const eventIds: string[] = [];
  let last: StoredAt | undefined;
  for (let at = stream.ids.get(eventIdFor(messageId, 0)); at;) {
    eventIds.push(eventIdFor(messageId, eventIds.length));
    last = at;
    at = stream.ids.get(eventIdFor(messageId, eventIds.length));
  }
  const found = last!;
  return (appended) => ({
    status: 'accepted',
    streamId: stream.streamId,
    revision: found.revision,
    position: Number.isNaN(found.position)
      ? (appended.get(stream.streamId)?.position ?? stream.position)
      : found.position,
    eventIds,
    duplicate: true,
  });
};

const earlierRejection = (rejections: StagedStream, messageId: string): Decided => {
  const recorded = rejections.events.find(
    (event) => event.type === 'CommandRejected' && event.data.messageId === messageId,
  );
  const { code, reason } =
    recorded?.type === 'CommandRejected' ? recorded.data : { code: 'REJECTED', reason: '' };
  return () => ({ status: 'rejected', code, reason, duplicate: true });
};
