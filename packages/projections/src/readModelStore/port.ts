/**
 * The ReadModelStore port: JSON documents in named collections, written by projectors in units of
 * work that carry their checkpoint, read by the views. Every adapter (embedded SQLite, MongoDB)
 * implements it and passes the contract suite in `./testing`.
 *
 * Shaped after MongoDB so that adapter stays thin: a collection is a collection, a document is a
 * document keyed by `_id`, filters are a subset of the Mongo query language. Nothing needs a join or
 * a multi-document transaction: a unit of work is atomic on SQLite and idempotent on Mongo, because
 * every document remembers the position of the last event that wrote it (`_position`) and a write
 * at or below that position is a no-op.
 */

import type { Filter, SortKey } from './query/filter';

export type { ComparableValue, FieldCondition, FieldOperators, Filter, SortKey } from './query/filter';

export type JsonScalar = string | number | boolean | null;
export type JsonValue = JsonScalar | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * What a projector writes. The stored document is what `JSON.stringify` makes of it (a `Date` becomes
 * its ISO string, `undefined` fields vanish). Field names are English identifiers: letters, digits
 * and `_`, never starting with `$` and never containing `.` (dots address nested fields).
 */
export interface ReadModelDocument {
  _id: string;
  /** Tenant code (6-digit division code) the document belongs to. */
  tenant: string;
  /** Reporting-line ancestors of `tenant`, nearest first; a principal sees the documents below it. */
  ancestors: readonly string[];
  [field: string]: unknown;
}

/** A document as read back: with the position of the last event that wrote it. */
export type StoredDocument<T extends ReadModelDocument = ReadModelDocument> = T & {
  readonly _position: number;
};

/**
 * Field updates (Mongo's update operators). Keys are dotted paths; `$set` creates missing
 * intermediate objects; `$inc` starts a missing field at 0; `$unset` of a missing field is a no-op.
 * No path may repeat or lie under another path of the same patch. `_id`, `tenant`, `ancestors` and
 * `_position` cannot be patched: upsert the whole document to move it.
 */
export interface Patch {
  $set?: Readonly<Record<string, unknown>>;
  $unset?: readonly string[];
  $inc?: Readonly<Record<string, number>>;
}

export interface FindQuery {
  filter?: Filter;
  /** `_id` is appended as the last key (in the direction of the last key) so the order is total. */
  sort?: readonly SortKey[];
  /** Positive integer; all matches when absent. */
  limit?: number;
  /** Opaque cursor of the last document of the previous page, issued for the same sort. */
  after?: string;
}

export interface PageQuery {
  filter?: Filter;
  sort?: readonly SortKey[];
  /** Page size, a positive integer. */
  first: number;
  after?: string | null;
}

/** One page of a Relay connection; `cursorOf` gives the cursor of any document of it. */
export interface Page<T extends ReadModelDocument = ReadModelDocument> {
  documents: StoredDocument<T>[];
  /** Cursor of the last document, null on an empty page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface GroupCount {
  /** The field's value (null when missing). */
  value: JsonValue;
  count: number;
}

/**
 * A compound index, fields in order (ascending; either direction of the whole key can be scanned).
 * `_id` is appended so keyset pagination on the index needs no sort. `ancestors` cannot be indexed:
 * adapters serve `ancestors: { $contains }` their own way.
 */
export type IndexDefinition = readonly string[];

export interface ResetTarget {
  /** Projectors whose checkpoint is deleted. */
  projectors?: readonly string[];
  /**
   * Collections dropped: documents and indexes (Mongo's `drop()`). Replay into the bare collection,
   * then call `ensureIndexes` again: building an index once is far cheaper than growing it per row.
   */
  collections?: readonly string[];
}

/**
 * The writes of one projector's unit of work, recorded then applied at once when the callback
 * settles. Positions are global event positions (1-based), non-decreasing within the unit; several
 * writes may share the position of the event that caused them.
 *
 * Per document, a write whose position is at or below the stored `_position` is skipped, the others
 * apply in call order and the document's `_position` becomes the last one's: redelivering events a
 * document already saw changes nothing (an `$inc` is not counted twice).
 */
export interface UnitOfWork {
  /** Read-your-writes: the stored document with this unit's pending writes applied. */
  get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null>;
  /** Replace (or create) the whole document. */
  upsert(collection: string, document: ReadModelDocument, position: number): void;
  /** Update fields of an existing document; a no-op when the document does not exist. */
  patch(collection: string, id: string, patch: Patch, position: number): void;
  /** Remove the document; a no-op when it does not exist. */
  delete(collection: string, id: string, position: number): void;
  /** The projector's checkpoint once this unit lands; at least the position of its last write. */
  setCheckpoint(position: number): void;
}

export interface ReadModelStore {
  get<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    id: string,
  ): Promise<StoredDocument<T> | null>;
  /** Aligned with `ids`: null where no document has that id. */
  getMany<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    ids: readonly string[],
  ): Promise<(StoredDocument<T> | null)[]>;
  find<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query?: FindQuery,
  ): Promise<StoredDocument<T>[]>;
  /** Keyset pagination for Relay connections: `first` documents after the cursor `after`. */
  findPage<T extends ReadModelDocument = ReadModelDocument>(
    collection: string,
    query: PageQuery,
  ): Promise<Page<T>>;
  count(collection: string, filter?: Filter): Promise<number>;
  /** Documents per distinct value of `field` (order unspecified). */
  countBy(collection: string, field: string, filter?: Filter): Promise<GroupCount[]>;

  /**
   * Run `work` to record one unit of work, then apply its writes and checkpoint together: on SQLite
   * in one transaction; on Mongo as per-document guarded writes followed by the checkpoint. If
   * `work` throws or a write fails, neither the writes nor the checkpoint land (on Mongo: the
   * checkpoint does not move, so redelivery repairs any document written before the failure).
   * A collection is written by one projector only; units of work of different projectors may run
   * concurrently.
   */
  transaction(projector: string, work: (unit: UnitOfWork) => Promise<void> | void): Promise<void>;
  /** Position of the last event the projector committed; 0 when it never did (or was reset). */
  getCheckpoint(projector: string): Promise<number>;
  /** For a rebuild: drop the collections (documents and indexes) and forget the checkpoints. */
  reset(target: ResetTarget): Promise<void>;
  /** Idempotent; call at startup, and after a rebuild's replay, for every index the views need. */
  ensureIndexes(collection: string, indexes: readonly IndexDefinition[]): Promise<void>;
  close(): Promise<void>;
}
