import type { ReadModelDocument, UnitOfWork } from '../readModelStore';
import type { HistoryFields } from '../history/documentHistory';
import { DocumentHistory } from '../history/documentHistory';
import type { ProjectedEvent } from './types';

/** A document a projector keeps in memory while it folds events into it. */
export type CachedDocument = ReadModelDocument &
  HistoryFields & {
    /** Position of the last event folded in (0 for a document created in this batch). */
    _position: number;
  };

interface Write {
  collection: string;
  document: ReadModelDocument;
  position: number;
}

/**
 * The documents of one collection a projector works on: each is read at most once per batch (and
 * kept across batches, up to `capacity`, since no one else writes the collection), folded in memory
 * event by event, and written once per batch with the position of the last event that changed it.
 * The point is speed: one parse and one serialization per document and batch, not per event.
 */
export class DocumentCache<T extends CachedDocument> {
  private readonly documents = new Map<string, T | null>();
  private readonly touched = new Map<string, number>();
  /** Set while the collection is known to hold only what this cache wrote (a rebuild, a replay). */
  private written: Set<string> | undefined;

  /** Set when time travel reads this collection's documents: their history (see `history/`). */
  readonly history: DocumentHistory | undefined;

  constructor(
    readonly collection: string,
    private readonly capacity: number,
    options: { historyEvery?: number; positionsOnly?: boolean } = {},
  ) {
    this.history =
      options.historyEvery === undefined
        ? undefined
        : new DocumentHistory(collection, options.historyEvery, options.positionsOnly);
  }

  /** Call before folding an event of the document's fold into it: keeps its history. */
  observe(document: T, projected: ProjectedEvent): void {
    this.history?.observe(document, projected);
  }

  /** The document as of the last event folded in, or null; undefined when not cached. */
  peek(id: string): T | null | undefined {
    return this.documents.get(id);
  }

  async load(unit: UnitOfWork, id: string): Promise<T | null> {
    const cached = this.documents.get(id);
    if (cached !== undefined) return cached;
    if (this.written && !this.written.has(id)) return null;
    const stored: T | null = await unit.get<T>(this.collection, id);
    this.documents.set(id, stored);
    return stored;
  }

  /**
   * Looks up every id not cached yet at once, before a batch folds its events one by one: a store
   * across the network (MongoDB) answers them in one query instead of a round trip per document.
   */
  async preload(unit: UnitOfWork, ids: Iterable<string>): Promise<void> {
    const missing = new Set<string>();
    for (const id of ids) if (!this.documents.has(id) && this.written?.has(id) !== false) missing.add(id);
    if (missing.size > 0) await Promise.all([...missing].map((id) => this.load(unit, id)));
  }

  /**
   * A document `preload` looked up in this batch (or one put since), without a promise: the
   * projectors fold event by event synchronously once their batch is preloaded.
   */
  preloaded(id: string): T | null {
    const cached = this.documents.get(id);
    if (cached !== undefined) return cached;
    if (this.written && !this.written.has(id)) return null;
    throw new Error(`${this.collection}/${id} was not preloaded for this batch.`);
  }

  /** A new document (replacing whatever was cached under its id). */
  put(document: T): T {
    this.documents.set(document._id, document);
    return document;
  }

  /** The document changed with the event at `position`: write it at the end of the batch. */
  touch(document: T, position: number): void {
    document._position = position;
    this.touched.set(document._id, position);
    this.written?.add(document._id);
  }

  /**
   * The collection was just emptied (rebuild) or created (replay): a document this cache has not
   * written does not exist, so it need not be looked up.
   */
  startEmpty(): void {
    this.forget();
    this.written = new Set();
  }

  /** Writes this batch's changed documents, in position order across caches (the unit requires it). */
  static flush(unit: UnitOfWork, caches: readonly DocumentCache<CachedDocument>[]): void {
    const writes: Write[] = [];
    for (const cache of caches) {
      for (const [id, position] of cache.touched) {
        const document = cache.documents.get(id);
        if (document) writes.push({ collection: cache.collection, document, position });
      }
      const history = cache.history;
      for (const { row, position } of history?.take() ?? []) {
        writes.push({ collection: (history as DocumentHistory).collection, document: row, position });
      }
    }
    writes.sort((a, b) => a.position - b.position);
    for (const { collection, document, position } of writes) unit.upsert(collection, document, position);
    for (const cache of caches) cache.endBatch();
  }

  /** The batch did not land: cached documents may hold its changes. */
  forget(): void {
    this.history?.forget();
    this.documents.clear();
    this.touched.clear();
    // Documents of a failed unit may be listed as written: look them up from now on.
    this.written = undefined;
  }

  private endBatch(): void {
    this.touched.clear();
    // Oldest-inserted first: a plain Map is enough of an LRU for documents touched in runs.
    let excess = this.documents.size - this.capacity;
    if (excess <= 0) return;
    for (const id of this.documents.keys()) {
      if (excess-- <= 0) break;
      this.documents.delete(id);
    }
  }
}
