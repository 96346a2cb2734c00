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

/**
 * What a write core knows of the store as a whole: `position` is a head position every cached stream
 * has seen every event up to (undefined when unknown, e.g. after another writer appended). While the
 * store's head is still there, nothing moved any cached stream, so no stream needs to be read again.
 */
export interface KnownHead {
  position: number | undefined;
}

/** Consecutive staged events of one stream: one part of the batch's `appendMany`. */
interface Run {
  stream: StagedStream;
  /** The stream's revision before the run. */
  after: number;
  events: EventToAppend[];
}

/** The streams one batch reads and writes, staged in memory until one `appendMany` stores them. */
export class StagedBatch {
  readonly #streams = new Map<string, StagedStream>();
  /** The events staged, in the order staged, cut where the stream changes: appended in this order. */
  readonly #runs: Run[] = [];
  /** Whether the store's head was found where `known` says, once asked in this batch. */
  #untouched: Promise<boolean> | undefined;
  /** The store's head was found untouched: every cached stream is current for the rest of the batch. */
  #untouchedKnown = false;

  constructor(
    private readonly cache: StreamCache,
    private readonly store: EventStore,
    private readonly known: KnownHead = { position: undefined },
  ) {}

  /** The stream when this batch or the cache holds it (no read of the store), else undefined. */
  peek(streamId: string): StagedStream | undefined {
    const staged = this.#streams.get(streamId);
    if (staged) return staged;
    const cached = this.cache.get(streamId);
    if (cached) return this.#stage(streamId, cached, true);
    // Known to be new while no other writer has been seen: the append's 'no-stream' still guards it,
    // and `cached` has `assertCurrent` check it when only read.
    if (this.cache.whole && this.known.position !== undefined)
      return this.#stage(streamId, { events: [], ids: new Map(), revision: -1, position: 0 }, true);
    return undefined;
  }

  async stream(streamId: string): Promise<StagedStream> {
    return this.peek(streamId) ?? this.#stage(streamId, await loadStream(this.store, streamId), false);
  }

  #stage(streamId: string, cached: CachedStream, fromCache: boolean): StagedStream {
    const fresh: StagedStream = {
      cached: fromCache,
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

  /** Whether `assertCurrent` has nothing to check for these streams, known without asking the store. */
  isCurrent(streams: readonly StagedStream[]): boolean {
    return this.#untouchedKnown || !streams.some((stream) => stream.cached && stream.pending.length === 0);
  }

  /**
   * A decision nothing will append to (a rejection) or only reads (a consulted stream) is not
   * guarded by an expected revision, so what it read from the cache is checked against the store.
   */
  async assertCurrent(streams: readonly StagedStream[]): Promise<void> {
    if (!streams.some((stream) => stream.cached && stream.pending.length === 0)) return;
    // One look at the head instead of one backward read per stream: when the store has not moved
    // since this core's last commit, every cached stream is current.
    this.#untouched ??= this.#headUntouched();
    if (await this.#untouched) return;
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

  async #headUntouched(): Promise<boolean> {
    const expected = this.known.position;
    if (expected === undefined) return false;
    const untouched = (await this.store.headPosition()) === expected;
    // Another writer appended: stop asking (its streams are checked one by one from now on).
    if (!untouched) this.known.position = undefined;
    this.#untouchedKnown = untouched;
    return untouched;
  }

  /** Adds a decision's events to the stream; their position is known after the commit. */
  stage(stream: StagedStream, toAppend: readonly EventToAppend[], events: readonly DomainEvent[]): string[] {
    if (toAppend.length === 0) return [];
    let run = this.#runs.at(-1);
    if (run?.stream !== stream) this.#runs.push((run = { stream, after: stream.revision, events: [] }));
    return toAppend.map((event, index) => {
      run.events.push(event);
      stream.pending.push(event);
      stream.events.push(events[index]!);
      stream.revision++;
      stream.ids.set(event.eventId, { revision: stream.revision, position: Number.NaN });
      return event.eventId;
    });
  }

  /** Stores every staged event and the outcome records in one call; keeps the streams, as stored, cached. */
  async commit(outcomes: readonly OutcomeRecord[]): Promise<void> {
    const runs = this.#runs;
    if (runs.length === 0 && outcomes.length === 0) return;
    const results = await this.store.appendMany(
      runs.map((run) => ({
        streamId: run.stream.streamId,
        events: run.events,
        expectedRevision: run.after < 0 ? ('no-stream' as const) : run.after,
      })),
      { outcomes },
    );
    this.#advanceHead(results);
    runs.forEach((run, r) => {
      // A run's events are stored at consecutive positions ending at its result's.
      const last = results[r]!.position;
      run.events.forEach((event, index) => {
        run.stream.ids.get(event.eventId)!.position = last - (run.events.length - 1 - index);
      });
      run.stream.position = last;
    });
    for (const stream of this.#streams.values()) {
      const cached: CachedStream = {
        events: stream.events,
        ids: stream.ids,
        revision: stream.revision,
        position: stream.position,
      };
      this.cache.set(stream.streamId, cached);
    }
  }

  /**
   * Where the store's positions are dense (SQLite: each event takes the next one), a commit that
   * ends exactly `appended` positions after the known head was the only write since: the cache has
   * seen everything up to its last event. Anything else (another writer, a store whose positions
   * are not dense, a repeated append) makes the head unknown, and streams are checked one by one.
   */
  #advanceHead(results: readonly { position: number }[]): void {
    const before = this.known.position;
    const appended = this.#runs.reduce((sum, run) => sum + run.events.length, 0);
    if (appended === 0) return;
    const last = Math.max(0, ...results.map((result) => result.position));
    this.known.position = before !== undefined && last === before + appended ? last : undefined;
  }

  /** After a conflict: what this batch read may be stale, so the next attempt reads it again. */
  forget(): void {
    for (const streamId of this.#streams.keys()) this.cache.delete(streamId);
  }
}
