import type { EventStore, RecordedEvent } from '@gongkai/event-store';
import type { ReadModelDocument, ReadModelStore, StoredDocument } from '../readModelStore';
import type { HistoryRow } from './documentHistory';
import { historyCollection } from './documentHistory';

type Row = StoredDocument<HistoryRow>;

/**
 * The history rows views as of have read, by document, shared by them all (one per `ViewQueries`):
 * a document's rows are written in the unit of work that moves the document itself, so the rows
 * read while it stood at a position are all of its rows for as long as it stays there. Rows are
 * kept as parsed and never changed (a state is copied before events are folded into it); the least
 * recently read documents go first past `maxRows`.
 */
export class HistoryRowCache {
  private readonly documents = new Map<string, { position: number; rows: Row[] }>();
  private size = 0;

  constructor(private readonly maxRows = 20_000) {}

  /** Every row of the document, when read at the document's present position. */
  get(collection: string, document: { _id: string; _position: number }): Row[] | undefined {
    const key = `${collection}\0${document._id}`;
    const entry = this.documents.get(key);
    if (entry === undefined || entry.position !== document._position) return undefined;
    this.documents.delete(key);
    this.documents.set(key, entry);
    return entry.rows;
  }

  /** Keeps every row of a document read at `position` (none past it: a batch landed meanwhile). */
  keep(collection: string, document: { _id: string; _position: number }, rows: Row[]): void {
    if (rows.some((row) => row._position > document._position)) return;
    const key = `${collection}\0${document._id}`;
    this.size -= this.documents.get(key)?.rows.length ?? 0;
    this.documents.delete(key);
    this.documents.set(key, { position: document._position, rows });
    this.size += rows.length;
    for (const [oldest, entry] of this.documents) {
      if (this.size <= this.maxRows || oldest === key) break;
      this.documents.delete(oldest);
      this.size -= entry.rows.length;
    }
  }
}

/**
 * The history rows of documents up to `position`, by document: from the cache, the others in one
 * query (every row of theirs, kept for the next view), or, without a cache, up to the position.
 */
export const readRows = async (
  { store, cache }: { store: ReadModelStore; cache: HistoryRowCache | undefined },
  collection: string,
  documents: readonly StoredDocument<ReadModelDocument>[],
  position: number,
): Promise<Map<string, Row[]>> => {
  const byDoc = new Map<string, Row[]>();
  const missing: StoredDocument<ReadModelDocument>[] = [];
  for (const document of documents) {
    const rows = cache?.get(collection, document);
    if (rows === undefined) missing.push(document);
    else byDoc.set(document._id, rows);
  }
  if (missing.length > 0) {
    const ids = missing.map((document) => document._id);
    const rows = await store.find<HistoryRow>(historyCollection(collection), {
      filter: cache ? { doc: { $in: ids } } : { doc: { $in: ids }, position: { $lte: position } },
    });
    // Grouped in one pass: a view may read thousands of documents' rows at once (a province's
    // applications as of a position), and a filter per document was quadratic.
    const byId = new Map<string, Row[]>();
    for (const row of rows) {
      const own = byId.get(row.doc);
      if (own === undefined) byId.set(row.doc, [row]);
      else own.push(row);
    }
    for (const document of missing) {
      const own = byId.get(document._id) ?? [];
      cache?.keep(collection, document, own);
      byDoc.set(document._id, own);
    }
  }
  const upTo = new Map<string, Row[]>();
  for (const [id, own] of byDoc)
    upTo.set(
      id,
      own.filter((row) => row.position <= position),
    );
  return upTo;
};

/** Positions this close together are read as one range (the few events between are dropped). */
const GAP = 16;

/**
 * Reads events by position for the documents of one view: the positions asked in one turn of the
 * event loop (every county of a province wanting the events after its kept state) are read together,
 * in one range per run of positions no more than `GAP` apart, instead of one read per event.
 */
export class EventsAtPositions {
  private pending: {
    positions: readonly number[];
    resolve: (events: RecordedEvent[]) => void;
    reject: (error: unknown) => void;
  }[] = [];

  constructor(private readonly eventStore: EventStore) {}

  /** The events at these positions, in position order. */
  read(positions: readonly number[]): Promise<RecordedEvent[]> {
    if (positions.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ positions, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const wanted = [...new Set(batch.flatMap(({ positions }) => positions))].sort((a, b) => a - b);
      const found = new Map<number, RecordedEvent>();
      for (let first = 0; first < wanted.length;) {
        let last = first;
        while (last + 1 < wanted.length && (wanted[last + 1] ?? 0) - (wanted[last] ?? 0) <= GAP) last++;
        for await (const recorded of this.eventStore.readAll({
          fromPosition: (wanted[first] ?? 0) - 1,
          toPosition: wanted[last] ?? 0,
        })) {
          found.set(recorded.position, recorded);
        }
        first = last + 1;
      }
      for (const { positions, resolve } of batch) {
        resolve(
          positions.flatMap((position) => found.get(position) ?? []).sort((a, b) => a.position - b.position),
        );
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}
