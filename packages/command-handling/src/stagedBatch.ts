import type { DomainEvent } from '@gongkai/domain';
import type { EventStore, EventToAppend, OutcomeRecord } from '@gongkai/event-store';
import type { CachedStream, StoredAt } from './streamCache';
import type { StreamCache } from './streamCache';
import { loadStream } from './streamCache';

export interface StagedStream {
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

/** A cached stream turned out to be behind the store: the batch starts again from fresh reads. */
export class StaleStreamError extends Error {
  constructor(readonly streamId: string) {
    super(`The cached stream ${streamId} is behind the store`);
    this.name = 'StaleStreamError';
  }
}

/** The streams one batch reads and writes, staged in memory until one `appendMany` stores them. */
export class StagedBatch {
  readonly #streams = new Map<string, StagedStream>();
  /** The streams written, in the order of their first staged event: the order they are appended in. */
  readonly #writing: StagedStream[] = [];

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

  /** Adds a decision's events to the stream; their position is known after the commit. */
  stage(stream: StagedStream, toAppend: readonly EventToAppend[], events: readonly DomainEvent[]): string[] {
    if (stream.pending.length === 0 && toAppend.length > 0) this.#writing.push(stream);
    return toAppend.map((event, index) => {
      stream.pending.push(event);
      stream.events.push(events[index]!);
      stream.revision++;
      stream.ids.set(event.eventId, { revision: stream.revision, position: Number.NaN });
      return event.eventId;
    });
  }

  /** Stores every staged event and the outcome records in one call; keeps the streams, as stored, cached. */
  async commit(outcomes: readonly OutcomeRecord[]): Promise<void> {
    const writing = this.#writing;
    if (writing.length === 0 && outcomes.length === 0) return;
    const results = await this.store.appendMany(
      writing.map((stream) => ({
        streamId: stream.streamId,
        events: stream.pending,
        expectedRevision: stream.loadedRevision < 0 ? ('no-stream' as const) : stream.loadedRevision,
      })),
      { outcomes },
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
  }

  /** After a conflict: what this batch read may be stale, so the next attempt reads it again. */
  forget(): void {
    for (const streamId of this.#streams.keys()) this.cache.delete(streamId);
  }
}
