import type { DomainEvent } from '@gongkai/domain';
import { upcastEvent } from '@gongkai/domain';
import type { EventStore } from '@gongkai/event-store';

/** Where an event of a cached stream sits. */
export interface StoredAt {
  revision: number;
  position: number;
}

/** A stream as the batch handler keeps it between batches: its events (upcast) and their ids. */
export interface CachedStream {
  events: DomainEvent[];
  ids: Map<string, StoredAt>;
  /** -1 while the stream is empty. */
  revision: number;
  position: number;
}

export const loadStream = async (store: EventStore, streamId: string): Promise<CachedStream> => {
  const stream: CachedStream = { events: [], ids: new Map(), revision: -1, position: 0 };
  for await (const recorded of store.readStream(streamId)) {
    stream.events.push(upcastEvent(recorded.type, recorded.schemaVersion, recorded.data));
    stream.ids.set(recorded.eventId, { revision: recorded.revision, position: recorded.position });
    stream.revision = recorded.revision;
    stream.position = recorded.position;
  }
  return stream;
};

/**
 * Least-recently-used streams, so a tenant's next message does not re-read its stream. Only a cache:
 * every append still names the revision it was decided on, so a stream another writer moved (an
 * ingestor that took over a partition) fails with a conflict and is read again.
 */
export class StreamCache {
  readonly #streams = new Map<string, CachedStream>();
  #whole = false;

  constructor(private readonly capacity: number) {}

  get(streamId: string): CachedStream | undefined {
    const stream = this.#streams.get(streamId);
    if (stream === undefined) return undefined;
    this.#streams.delete(streamId);
    this.#streams.set(streamId, stream);
    return stream;
  }

  /** Without making it the most recently used (a read that decides nothing). */
  peek(streamId: string): CachedStream | undefined {
    return this.#streams.get(streamId);
  }

  set(streamId: string, stream: CachedStream): void {
    this.#streams.delete(streamId);
    this.#streams.set(streamId, stream);
    if (this.#streams.size <= this.capacity) return;
    const oldest = this.#streams.keys().next();
    if (!oldest.done) this.delete(oldest.value);
  }

  delete(streamId: string): void {
    this.#streams.delete(streamId);
    this.#whole = false;
  }

  /**
   * Whether the cache holds every stream this core has seen since the store was empty: then a
   * stream it lacks is new (a seed into a fresh store reads nothing back). Set when the core finds
   * the store empty; lost with the first stream evicted or forgotten.
   */
  get whole(): boolean {
    return this.#whole;
  }

  /** The store was empty when this (empty) cache started. */
  startedEmpty(): void {
    this.#whole = this.#streams.size === 0;
  }

  get size(): number {
    return this.#streams.size;
  }
}
